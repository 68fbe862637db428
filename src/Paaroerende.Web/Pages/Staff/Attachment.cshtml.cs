using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Attachments;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff download an attachment of an update about one of their units' citizens, or of one of their units' news
/// (docs/adr/0039); anything else — another unit's, one that does not exist — is 404. Every download is audited.
/// </summary>
[OverviewPage]
public class AttachmentModel(PortalDbContext db, StaffScope scope, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var userId = PortalClaims.UserIdOf(User);
        var ct = HttpContext.RequestAborted;
        var citizens = scope.Citizens(userId).Select(c => c.Id);
        var units = scope.UnitIds(userId);
        var found = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == id)
            .Where(a => (a.OwnerKind == AttachmentOwner.CitizenUpdate
                    && db.CitizenUpdates.Any(u => u.Id == a.OwnerId && citizens.Contains(u.CitizenId)))
                || (a.OwnerKind == AttachmentOwner.UnitNews && db.UnitNews.Any(n => n.Id == a.OwnerId && units.Contains(n.UnitId))))
            .Select(a => new
            {
                a.FileName, a.ContentType, a.Content,
                CitizenId = db.CitizenUpdates.Where(u => u.Id == a.OwnerId).Select(u => (Guid?)u.CitizenId).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return NotFound();
        }

        audit.Add(userId, AuditAction.AttachmentDownloaded, AuditOutcome.Allowed, found.CitizenId, detail: id.ToString());
        await db.SaveChangesAsync(ct);
        return AttachmentResponse.File(Response, found.FileName, found.ContentType, found.Content);
    }
}
