using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Administration;

/// <summary>
/// An editor of items that relatives see in the administrator's order (offers, information pages, the directory):
/// the up and down buttons, logged like any other change.
/// </summary>
public abstract class OrderedAdminEditorModel<TEntity, TInput>(PortalDbContext db, AdminAudit audit)
    : AdminEditorModel<TEntity, TInput>(db, audit)
    where TEntity : class
    where TInput : class, new()
{
    /// <summary>The item and its siblings (the municipality's, or the category's or situation's) in their order.</summary>
    protected abstract IQueryable<TEntity> SiblingsInOrder(TEntity item);

    protected abstract void SetSortOrder(TEntity item, int sortOrder);

    /// <summary>POST ?handler=Move: swaps the item with its neighbour; nothing is logged when it is already at the end.</summary>
    protected async Task<IActionResult> MoveAsync(Guid id, string? direction)
    {
        var item = await FindAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        var up = Reorder.IsUp(direction);
        var siblings = await SiblingsInOrder(item).ToListAsync(Aborted);
        var before = Snapshot(item);
        if (Reorder.Move(siblings, item, up, SetSortOrder))
        {
            Log(up ? AdminAuditAction.MovedUp : AdminAuditAction.MovedDown, item, before, Snapshot(item));
            await Db.SaveChangesAsync(Aborted);
        }

        return RedirectToPage(IndexPage);
    }
}
