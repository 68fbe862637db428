using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Access;
using Paaroerende.Web.Navigation;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// "Nyheder fra {unit}": all the news of the citizen's unit, newest first, ten a page. The citizen's page shows the five
/// newest; the julefrokost's invitation or last month's change of visiting hours are here once newer news have pushed
/// them off it. Unit news is general information, open to every relative with an active relation to a citizen there
/// (<see cref="ConsentGate.VisibleUnitNews"/>, asked for the relation's unit), so no topic is read. The relation with its
/// facts, then the page of news read from the newest end of the unit's index: with the account check, three SQL
/// commands (issue #7's budget).
/// </summary>
[GateInPageQuery]
public class NewsModel(PortalDbContext db, ConsentGate gate, AuditLog audit) : RelativeCitizenPageModel
{
    public const int PageSize = 10;

    public RelationFacts Facts { get; private set; } = null!;

    public ListPage<NewsView> News { get; private set; } = new([], false);

    public int PageNumber { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(int side = 1)
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        var ct = HttpContext.RequestAborted;
        var found = await pending.Relation(gate)
            .WithFacts(pending.AtUtc, r => r.Citizen!.UnitId)
            .AsNoTracking()
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return await pending.DenyAsync(audit, ct);
        }

        var access = pending.Grant(HttpContext, found.RelationId, found.PersonId);
        Facts = found.Facts;
        PageNumber = PageNumbers.Of(side);
        var unitId = found.Item;
        News = await gate.VisibleUnitNews(pending.UserId, pending.AtUtc).AsNoTracking()
            .Where(n => n.UnitId == unitId)
            .OrderByDescending(n => n.PublishedAtUtc).ThenByDescending(n => n.Id)
            .PageAsync(PageNumber, PageSize, n => new NewsView(n.Title, n.Body, n.PublishedAtUtc, n.CorrectedAtUtc)
            {
                // An item's files in the order they were added (docs/adr/0039): their description, name and size, never the bytes.
                Attachments = db.Attachments
                    .Where(a => a.OwnerKind == AttachmentOwner.UnitNews && a.OwnerId == n.Id)
                    .OrderBy(a => a.UploadedAtUtc)
                    .Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.AltText))
                    .ToList(),
            }, ct);
        await audit.RecordRelativePageReadAsync(access.UserId, access.PersonId, access.CitizenId, access.RelationId, "News", ct);
        return Page();
    }
}
