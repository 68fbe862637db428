using System.Text.Json;

namespace Paaroerende.Web.Administration;

/// <summary>Turns an audit entry's before and after snapshots into rows "field: before → after" for reading.</summary>
public static class AuditChanges
{
    public static IReadOnlyList<FieldChange> Of(string? beforeJson, string? afterJson)
    {
        var before = Read(beforeJson);
        var after = Read(afterJson);
        return before.Keys.Union(after.Keys)
            .Select(field => new FieldChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .Where(change => beforeJson is null || afterJson is null || change.Before != change.After)
            .ToList();
    }

    private static Dictionary<string, string?> Read(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return fields;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return fields;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            fields[property.Name] = Text(property.Value);
        }

        return fields;
    }

    /// <summary>Short values (roles, units) on one line; longer ones (the lines of an import) one per line.</summary>
    private static string Separator(JsonElement array) =>
        array.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 40) ? "\n" : ", ";

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => value.GetArrayLength() == 0 ? null : string.Join(Separator(value), value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };
}

public sealed record FieldChange(string Field, string? Before, string? After);
