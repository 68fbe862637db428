using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Audit;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// A relatives' page about one item of a citizen (an event, a meeting, a message thread) that finds the gate's relation
/// and the item in one query (<see cref="GateInPageQueryAttribute"/>). Each handler runs only when that load found the
/// item the gate shows now; otherwise the attempt is audited and answered 404, the same way for every handler of every
/// such page, GET or POST.
/// </summary>
public abstract class GatedItemPageModel(AuditLog audit) : RelativeCitizenPageModel
{
    protected AuditLog Audit => audit;

    /// <summary>The relation and the item in one query, granting access when the gate shows the item; null otherwise.</summary>
    protected abstract Task<RelativeAccess?> LoadAsync(PendingRelativeAccess pending, Guid itemId);

    /// <summary>Runs <paramref name="shown"/> with the access the load granted, or denies like a stranger's request.</summary>
    protected async Task<IActionResult> WhenShownAsync(Guid itemId, Func<RelativeAccess, Task<IActionResult>> shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var pending = HttpContext.Access<PendingRelativeAccess>();
        return await LoadAsync(pending, itemId) is { } relative
            ? await shown(relative)
            : await pending.DenyAsync(audit, HttpContext.RequestAborted);
    }
}
