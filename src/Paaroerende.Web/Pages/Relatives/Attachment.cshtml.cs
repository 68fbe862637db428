using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Attachments;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// A picture or a PDF of an update or of the unit's news, served through the same gate rule as the item it belongs to
/// (docs/adr/0039): an update's only while the relative may read that update (its topic allowed, published inside what
/// the grant discloses, not withdrawn); news' while the relation to a citizen of the unit is active and the news is not
/// withdrawn. Anything else answers 404 like an attachment that does not exist, and the attempt is audited; a download
/// is audited as a read of the update's topic, naming the attachment.
/// </summary>
[GateInPageQuery]
public class AttachmentModel(PortalDbContext db, ConsentGate gate, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        var ct = HttpContext.RequestAborted;
        var relations = gate.ActiveRelationsOfUser(pending.UserId, pending.AtUtc);
        var updates = gate.VisibleUpdatesOn(relations, pending.AtUtc).Where(u => u.CitizenId == pending.CitizenId);
        var relation = pending.Relation(gate).Take(1);
        var found = await (
                from a in db.Attachments
                from r in relation
                where a.Id == id
                    && ((a.OwnerKind == AttachmentOwner.CitizenUpdate && updates.Any(u => u.Id == a.OwnerId && u.PersonId == r.PersonId))
                        || (a.OwnerKind == AttachmentOwner.UnitNews && db.UnitNews.Any(n => n.Id == a.OwnerId
                            && n.UnitId == r.Citizen!.UnitId && n.PublishedAtUtc <= pending.AtUtc && n.WithdrawnAtUtc == null)))
                select new
                {
                    RelationId = r.Id, r.PersonId, a.FileName, a.ContentType, a.Content,
                    Topic = db.CitizenUpdates.Where(u => u.Id == a.OwnerId).Select(u => (ConsentTopic?)u.Topic).FirstOrDefault(),
                })
            .AsNoTracking()
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return await pending.DenyAsync(audit, ct);
        }

        var access = pending.Grant(HttpContext, found.RelationId, found.PersonId);
        await audit.RecordRelativeReadsAsync(
            [new RelativeRead(access.UserId, access.PersonId, access.CitizenId, found.Topic is { } topic ? [topic] : [], id, "Attachment")], ct);
        return AttachmentResponse.File(Response, found.FileName, found.ContentType, found.Content);
    }
}
