using System.Globalization;

namespace Paaroerende.Web.Navigation;

/// <summary>
/// The links under a paged list to the page before and the page after (Pages/Shared/_PagingLinks), keeping the list's
/// route and filter values. <see cref="Back"/> and <see cref="On"/> name what the person gets ("Nyere hændelser",
/// "Ældre hændelser"), and <see cref="Label"/> names the list for a screen reader's landmarks.
/// </summary>
/// <param name="Fragment">Where the linked page should open, when the list is not at its top (below a form).</param>
public sealed record PagingLinks(
    string Page, IReadOnlyDictionary<string, string?> Route, int PageNumber, bool HasNextPage, string Label, string Back, string On,
    string? Fragment = null)
{
    public bool IsNeeded => PageNumber > 1 || HasNextPage;

    public Dictionary<string, string> RouteTo(int pageNumber) => Route
        .Where(value => value.Value is not null && value.Key != "side")
        .Append(new KeyValuePair<string, string?>("side", pageNumber.ToString(CultureInfo.InvariantCulture)))
        .ToDictionary(value => value.Key, value => value.Value!);
}
