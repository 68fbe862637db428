using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// One citizen as the relative may see them: what the consent gate allows (loaded by <see cref="RelativeCitizenView"/>,
/// the same code path as the citizen's preview "Hvad kan Mette se?"), the unit's news (general information, open to
/// every relative with an active relation) and the relative's own cooperation with the unit. Reached only through
/// <see cref="RelativeAccessFilter"/>.
/// </summary>
public class CitizenModel(PortalDbContext db, ConsentGate gate, RelativeCitizenView view, AuditLog audit) : PageModel
{
    public const int NewsShown = 5;

    public RelativeCitizenPage View { get; private set; } = null!;

    public CitizenFacts Citizen => View.Citizen;

    public Guid CitizenId => View.CitizenId;

    public IReadOnlyList<NewsView> News { get; private set; } = [];

    /// <summary>The newest version of my expectation agreement, if staff have written one.</summary>
    public AgreementState? Agreement { get; private set; }

    public RelativeNotice? Notice { get; private set; }

    public async Task OnGetAsync(int side = 1)
    {
        var access = RelativeAccess.From(HttpContext);
        var ct = HttpContext.RequestAborted;
        Notice = RelativeNotice.Take(TempData);
        View = await view.LoadAsync(access.PersonId, access.CitizenId, access.AtUtc, side, ct) with
        {
            PagingPage = "/Relatives/Citizen",
            PagingRoute = new Dictionary<string, string> { ["citizenId"] = access.CitizenId.ToString() },
        };

        var unitId = await db.Citizens.Where(c => c.Id == access.CitizenId).Select(c => c.UnitId).SingleAsync(ct);
        News = await gate.VisibleUnitNews(access.UserId, access.AtUtc)
            .Where(n => n.UnitId == unitId)
            .OrderByDescending(n => n.PublishedAtUtc)
            .Take(NewsShown)
            .Select(n => new NewsView(n.Title, n.Body, n.PublishedAtUtc))
            .ToListAsync(ct);

        Agreement = await db.ExpectationAgreements.AsNoTracking()
            .Where(a => a.RelationId == access.RelationId)
            .OrderByDescending(a => a.Version)
            .Select(a => new AgreementState(a.Version,
                db.ExpectationAcknowledgements.Where(k => k.AgreementId == a.Id).Select(k => (DateTime?)k.AcknowledgedAtUtc).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);

        await audit.RecordRelativeReadAsync(access.UserId, access.PersonId, access.CitizenId, View.Topics, ct);
    }

    public sealed record NewsView(string Title, string Body, DateTime PublishedAtUtc);

    public sealed record AgreementState(int Version, DateTime? AcknowledgedAtUtc);
}
