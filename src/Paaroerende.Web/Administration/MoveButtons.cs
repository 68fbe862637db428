namespace Paaroerende.Web.Administration;

/// <summary>The model of Pages/Admin/_MoveButtons.cshtml.</summary>
public sealed record MoveButtons(string Page, Guid Id, string Title, bool IsFirst, bool IsLast);
