namespace Paaroerende.Web.Navigation;

/// <summary>
/// The page number of a paged list (<c>?side=</c>), as a person may type it or an old link carry it: below the first
/// page is the first page, and beyond <see cref="Last"/> (no list of the portal comes near) is the last, so that the
/// number of rows to skip always fits. Unchecked, <c>(side - 1) * size</c> overflowed into a negative OFFSET, which
/// SQLite read as none (the first page again) and PostgreSQL refused with a server error.
/// </summary>
public static class PageNumbers
{
    public const int Last = 100_000;

    public static int Of(int side) => Math.Clamp(side, 1, Last);

    /// <summary>The rows before the page: <paramref name="pageNumber"/> as given by <see cref="Of"/>.</summary>
    public static int Skip(int pageNumber, int pageSize) => checked((Of(pageNumber) - 1) * pageSize);
}
