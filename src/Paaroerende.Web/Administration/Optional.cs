namespace Paaroerende.Web.Administration;

/// <summary>An optional field of an editor's form as it is stored: trimmed, and null when left blank.</summary>
internal static class Optional
{
    public static string? Text(string? typed) => string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();
}
