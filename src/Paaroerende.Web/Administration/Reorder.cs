using Microsoft.EntityFrameworkCore;

namespace Paaroerende.Web.Administration;

/// <summary>The up and down buttons of the editors: swap an item with its neighbour among its siblings.</summary>
internal static class Reorder
{
    /// <summary>
    /// Numbers the siblings 1..n in their current order (so gaps and ties from imports or seeds do not matter), then
    /// swaps the item with the one before or after it. False when it is already first or last.
    /// </summary>
    public static bool Move<T>(IReadOnlyList<T> siblingsInOrder, T item, bool up, Action<T, int> setSortOrder)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(siblingsInOrder);
        ArgumentNullException.ThrowIfNull(setSortOrder);
        var list = siblingsInOrder.ToList();
        var index = list.IndexOf(item);
        var target = up ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= list.Count)
        {
            return false;
        }

        (list[index], list[target]) = (list[target], list[index]);
        for (var i = 0; i < list.Count; i++)
        {
            setSortOrder(list[i], i + 1);
        }

        return true;
    }

    public static bool IsUp(string? direction) => string.Equals(direction, "up", StringComparison.OrdinalIgnoreCase);

    /// <summary>The place after the last of the siblings' sort orders: a new item, or one moved to another parent, goes last.</summary>
    public static async Task<int> LastPlusOneAsync(IQueryable<int> siblingSortOrders, CancellationToken ct) =>
        (await siblingSortOrders.Select(order => (int?)order).MaxAsync(ct) ?? 0) + 1;
}
