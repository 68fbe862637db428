using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// "Mine pårørende": every citizen I have an active relation to, in any municipality, with what I follow and the
/// newest updates I may read. Everything about a citizen comes through the consent gate and is audited.
/// </summary>
[RelativeOverviewPage]
public class IndexModel(PortalDbContext db, ConsentGate gate, AuditLog audit, TimeProvider clock) : PageModel
{
    private const int NewestUpdates = 3;

    public IReadOnlyList<CitizenCard> Citizens { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var personId = PortalClaims.PersonIdOf(User);
        if (personId is null)
        {
            return;
        }

        var now = Instant.Now(clock);
        var ct = HttpContext.RequestAborted;
        var citizens = await gate.ActiveRelations(personId.Value, now)
            .OrderBy(r => r.Citizen!.FirstName).ThenBy(r => r.Citizen!.LastName)
            .Select(r => new { r.CitizenId, r.Kind, Name = r.Citizen!.FirstName + " " + r.Citizen.LastName, Unit = r.Citizen.Unit!.Name, Municipality = r.Citizen.Municipality!.Name })
            .ToListAsync(ct);

        var cards = new List<CitizenCard>();
        foreach (var citizen in citizens)
        {
            var topics = (await gate.AllowedTopics(personId.Value, citizen.CitizenId, now).ToListAsync(ct)).Order().ToList();
            var updates = await gate.VisibleUpdates(personId.Value, citizen.CitizenId, now)
                .OrderByDescending(u => u.PublishedAtUtc)
                .Take(NewestUpdates)
                .Select(u => new UpdateLine(u.Topic, u.Title, u.PublishedAtUtc))
                .ToListAsync(ct);
            cards.Add(new CitizenCard(citizen.CitizenId, citizen.Name, citizen.Kind, citizen.Unit, citizen.Municipality, topics, updates));
            audit.AddRelativeRead(PortalClaims.UserIdOf(User), personId, citizen.CitizenId,
                updates.Select(u => u.Topic).Distinct().ToList());
        }

        await db.SaveChangesAsync(ct);
        Citizens = cards;
    }

    public sealed record CitizenCard(
        Guid Id, string Name, Core.Relatives.RelationKind Kind, string Unit, string Municipality,
        IReadOnlyList<ConsentTopic> Topics, IReadOnlyList<UpdateLine> Updates);

    public sealed record UpdateLine(ConsentTopic Topic, string Title, DateTime PublishedAtUtc);
}
