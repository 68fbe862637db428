using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Paaroerende.Core.ContactDirectory;

/// <summary>
/// What an import would change in a directory, shown to the administrator before anything is saved. A line of the
/// directory is known by its category, situation and contact name (the n-th line with the same three, if a name is
/// repeated); a line only in the file is added, only in the directory removed, and in both with another field
/// (description, date checked, phone, e-mail, hours, web address, note) changed.
/// </summary>
public sealed record DirectoryChanges(
    IReadOnlyList<DirectoryCsvRow> Added, IReadOnlyList<DirectoryRowChange> Changed, IReadOnlyList<DirectoryCsvRow> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    public static DirectoryChanges Between(IReadOnlyList<DirectoryCsvRow> before, IReadOnlyList<DirectoryCsvRow> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = Keyed(before);
        var @new = Keyed(after);
        var oldKeys = old.Select(p => p.Key).ToHashSet();
        var newKeys = @new.Select(p => p.Key).ToHashSet();
        var oldByKey = old.ToDictionary(p => p.Key, p => p.Row);
        return new DirectoryChanges(
            @new.Where(p => !oldKeys.Contains(p.Key)).Select(p => p.Row).ToList(),
            @new.Where(p => oldByKey.TryGetValue(p.Key, out var was) && Fields(was).SequenceEqual(Fields(p.Row)) is false)
                .Select(p => new DirectoryRowChange(oldByKey[p.Key], p.Row)).ToList(),
            old.Where(p => !newKeys.Contains(p.Key)).Select(p => p.Row).ToList());
    }

    /// <summary>
    /// A fingerprint of a directory's lines: an import is confirmed against the directory it was shown against, so a
    /// change made meanwhile (by another administrator) is not overwritten unseen.
    /// </summary>
    public static string Fingerprint(IReadOnlyList<DirectoryCsvRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = string.Join("\n", rows.Select(r => string.Join("\u001f", Fields(r))));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>A row's fields in the file's column order (<see cref="DirectoryCsv.Columns"/>).</summary>
    public static IReadOnlyList<string> Fields(DirectoryCsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.Category, row.Situation, row.Description ?? "",
            row.LastCheckedOn?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "",
            row.ContactName ?? "", row.Phone ?? "", row.Email ?? "", row.OpeningHours ?? "", row.WebAddress ?? "", row.Note ?? "",
        ];
    }

    private static List<(string Key, DirectoryCsvRow Row)> Keyed(IReadOnlyList<DirectoryCsvRow> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new List<(string, DirectoryCsvRow)>(rows.Count);
        foreach (var row in rows)
        {
            var name = $"{row.Category}\u001f{row.Situation}\u001f{row.ContactName}";
            var n = seen[name] = seen.GetValueOrDefault(name) + 1;
            keyed.Add(($"{name}\u001f{n.ToString(CultureInfo.InvariantCulture)}", row));
        }

        return keyed;
    }
}

/// <summary>A line in both the directory and the file, with the fields that differ, by column name.</summary>
public sealed record DirectoryRowChange(DirectoryCsvRow Before, DirectoryCsvRow After)
{
    public IReadOnlyList<(string Column, string Before, string After)> Fields()
    {
        var before = DirectoryChanges.Fields(Before);
        var after = DirectoryChanges.Fields(After);
        return DirectoryCsv.Columns.Select((column, i) => (column, before[i], after[i]))
            .Where(f => !string.Equals(f.Item2, f.Item3, StringComparison.Ordinal))
            .ToList();
    }
}
