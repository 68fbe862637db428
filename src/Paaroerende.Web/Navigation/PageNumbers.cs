using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// One page of an ordered list, and whether another follows (one row more is read to know). The rows are cut
    /// before <paramref name="row"/> is applied, so a projection's sub-queries run for the page's rows only.
    /// </summary>
    public static Task<ListPage<TRow>> PageAsync<TSource, TRow>(
        this IQueryable<TSource> ordered, int pageNumber, int pageSize, Expression<Func<TSource, TRow>> row, CancellationToken ct) =>
        ordered.PageAsync(pageNumber, pageSize, (cut, token) => cut.Select(row).ToListAsync(token), ct);

    /// <summary>
    /// The same, for rows read by a query of their own (a join) from the page's cut of the list; they must come back in
    /// the list's order.
    /// </summary>
    public static async Task<ListPage<TRow>> PageAsync<TSource, TRow>(
        this IQueryable<TSource> ordered, int pageNumber, int pageSize,
        Func<IQueryable<TSource>, CancellationToken, Task<List<TRow>>> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var read = await rows(ordered.Skip(Skip(pageNumber, pageSize)).Take(pageSize + 1), ct);
        return new ListPage<TRow>(read.Take(pageSize).ToList(), read.Count > pageSize);
    }
}

/// <summary>A page of a list (<see cref="PageNumbers.PageAsync"/>).</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, bool HasNextPage);
