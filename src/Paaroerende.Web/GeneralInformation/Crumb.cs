namespace Paaroerende.Web.GeneralInformation;

/// <summary>One step in Pages/Shared/_Breadcrumbs.cshtml; the last step (the current page) has no address.</summary>
public sealed record Crumb(string Text, string? Href = null);
