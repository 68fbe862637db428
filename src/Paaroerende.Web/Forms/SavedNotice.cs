using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Paaroerende.Web.Forms;

/// <summary>
/// The "Gemt" confirmation after an editor saves (or deletes) and sends the user on to its list: kept in TempData for
/// the next page only, and shown by the layout at the top of the page as a status message (role="status"), so screen
/// readers say it too. The name is the item's own (a title, a date, a person's name), shown as text.
/// </summary>
public sealed record SavedNotice(SavedNoticeKind Kind, string Name)
{
    private const string Key = "SavedNotice";

    public static void Saved(ITempDataDictionary tempData, string name) => Store(tempData, SavedNoticeKind.Saved, name);

    public static void Deleted(ITempDataDictionary tempData, string name) => Store(tempData, SavedNoticeKind.Deleted, name);

    /// <summary>The same form was sent again: it was received the first time and its work done once (docs/adr/0060).</summary>
    public static void AlreadySent(ITempDataDictionary tempData) => Store(tempData, SavedNoticeKind.AlreadySent, string.Empty);

    /// <summary>The notice stored by the request before, once (reading it removes it).</summary>
    public static SavedNotice? Take(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData[Key] is string value && value.Split('\n', 2) is [var kind, var name]
            && Enum.TryParse<SavedNoticeKind>(kind, out var parsed)
            ? new SavedNotice(parsed, name)
            : null;
    }

    private static void Store(ITempDataDictionary tempData, SavedNoticeKind kind, string name)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Key] = $"{kind}\n{name}";
    }
}

public enum SavedNoticeKind
{
    Saved,
    Deleted,
    AlreadySent,
}
