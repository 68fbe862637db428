using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// One citizen as the relative may see them: the unit (its contact details and news are general information, open to
/// every relative with an active relation), the updates in the consented topics only, and the relative's own
/// cooperation with the unit. Reached only through <see cref="RelativeAccessFilter"/>.
/// </summary>
public class CitizenModel(PortalDbContext db, ConsentGate gate, AuditLog audit) : PageModel
{
    public const int PageSize = 10;
    public const int NewsShown = 5;

    public IReadOnlyList<NewsView> News { get; private set; } = [];

    /// <summary>The newest version of my expectation agreement, if staff have written one.</summary>
    public AgreementState? Agreement { get; private set; }

    public RelativeNotice? Notice { get; private set; }

    public CitizenView Citizen { get; private set; } = null!;

    public IReadOnlyList<ConsentTopic> Topics { get; private set; } = [];

    public IReadOnlyList<UpdateView> Updates { get; private set; } = [];

    public Guid CitizenId { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(int side = 1)
    {
        var access = RelativeAccess.From(HttpContext);
        CitizenId = access.CitizenId;
        PageNumber = Math.Max(1, side);

        Notice = RelativeNotice.Take(TempData);
        Citizen = await db.Citizens.AsNoTracking()
            .Where(c => c.Id == access.CitizenId)
            .Select(c => new CitizenView(
                c.FirstName + " " + c.LastName, c.Municipality!.Name, c.UnitId, c.Unit!.Name, c.Unit.StreetAddress,
                c.Unit.PostalCode, c.Unit.City, c.Unit.Phone, c.Unit.Email, c.Unit.VisitingHours, c.Unit.OpeningHours))
            .SingleAsync(HttpContext.RequestAborted);

        News = await gate.VisibleUnitNews(access.UserId, access.AtUtc)
            .Where(n => n.UnitId == Citizen.UnitId)
            .OrderByDescending(n => n.PublishedAtUtc)
            .Take(NewsShown)
            .Select(n => new NewsView(n.Title, n.Body, n.PublishedAtUtc))
            .ToListAsync(HttpContext.RequestAborted);

        Agreement = await db.ExpectationAgreements.AsNoTracking()
            .Where(a => a.RelationId == access.RelationId)
            .OrderByDescending(a => a.Version)
            .Select(a => new AgreementState(a.Version,
                db.ExpectationAcknowledgements.Where(k => k.AgreementId == a.Id).Select(k => (DateTime?)k.AcknowledgedAtUtc).FirstOrDefault()))
            .FirstOrDefaultAsync(HttpContext.RequestAborted);

        Topics = (await gate.AllowedTopics(access.PersonId, access.CitizenId, access.AtUtc)
            .ToListAsync(HttpContext.RequestAborted)).Order().ToList();

        var page = await gate.VisibleUpdates(access.PersonId, access.CitizenId, access.AtUtc)
            .OrderByDescending(u => u.PublishedAtUtc)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(u => new UpdateView(u.Topic, u.Title, u.Body, u.PublishedAtUtc))
            .ToListAsync(HttpContext.RequestAborted);
        HasNextPage = page.Count > PageSize;
        Updates = page.Take(PageSize).ToList();

        await audit.RecordRelativeReadAsync(access.UserId, access.PersonId, access.CitizenId, Topics, HttpContext.RequestAborted);
    }

    public sealed record CitizenView(
        string Name, string Municipality, Guid UnitId, string Unit, string? Street, string? PostalCode, string? City,
        string? Phone, string? Email, string? VisitingHours, string? OpeningHours);

    public sealed record NewsView(string Title, string Body, DateTime PublishedAtUtc);

    public sealed record AgreementState(int Version, DateTime? AcknowledgedAtUtc);

    public sealed record UpdateView(ConsentTopic Topic, string Title, string Body, DateTime PublishedAtUtc);
}
