using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// One citizen as the relative may see them: the unit (general information, open to every relative with an active
/// relation) and the updates in the consented topics only. Reached only through <see cref="RelativeAccessFilter"/>.
/// </summary>
public class CitizenModel(PortalDbContext db, ConsentGate gate, AuditLog audit) : PageModel
{
    public const int PageSize = 10;

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

        Citizen = await db.Citizens.AsNoTracking()
            .Where(c => c.Id == access.CitizenId)
            .Select(c => new CitizenView(
                c.FirstName + " " + c.LastName, c.Municipality!.Name, c.Unit!.Name, c.Unit.StreetAddress,
                c.Unit.PostalCode, c.Unit.City, c.Unit.Phone, c.Unit.Email, c.Unit.VisitingHours, c.Unit.OpeningHours))
            .SingleAsync(HttpContext.RequestAborted);

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
        string Name, string Municipality, string Unit, string? Street, string? PostalCode, string? City,
        string? Phone, string? Email, string? VisitingHours, string? OpeningHours);

    public sealed record UpdateView(ConsentTopic Topic, string Title, string Body, DateTime PublishedAtUtc);
}
