using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// "Mine pårørende": every citizen I have an active relation to, in any municipality, with what I follow, the newest
/// updates I may read, the newest news from the unit and an agreement waiting for me. Only the signed-in relative's own
/// relations are queried; everything about a citizen comes through the consent gate and is audited.
/// </summary>
[RelativeOverviewPage]
public class IndexModel(PortalDbContext db, ConsentGate gate, AuditLog audit, TimeProvider clock) : PageModel
{
    private const int NewestUpdates = 3;

    public IReadOnlyList<CitizenCard> Citizens { get; private set; } = [];

    public RelativeNotice? Notice { get; private set; }

    public async Task OnGetAsync()
    {
        Notice = RelativeNotice.Take(TempData);
        var userId = PortalClaims.UserIdOf(User);
        var now = Instant.Now(clock);
        var ct = HttpContext.RequestAborted;
        var relations = await gate.ActiveRelationsOfUser(userId, now)
            .OrderBy(r => r.Citizen!.FirstName).ThenBy(r => r.Citizen!.LastName)
            .Select(r => new
            {
                RelationId = r.Id, r.PersonId, r.CitizenId, r.Kind, r.Citizen!.UnitId,
                Name = r.Citizen.FirstName + " " + r.Citizen.LastName, Unit = r.Citizen.Unit!.Name,
                Municipality = r.Citizen.Municipality!.Name,
                AgreementWaiting = db.ExpectationAgreements
                    .Where(a => a.RelationId == r.Id)
                    .OrderByDescending(a => a.Version)
                    .Take(1)
                    .Any(a => !db.ExpectationAcknowledgements.Any(k => k.AgreementId == a.Id)),
            })
            .ToListAsync(ct);

        var news = await gate.VisibleUnitNews(userId, now)
            .GroupBy(n => n.UnitId)
            .Select(g => g.OrderByDescending(n => n.PublishedAtUtc).Select(n => new NewsLine(n.UnitId, n.Title, n.PublishedAtUtc)).First())
            .ToListAsync(ct);

        var cards = new List<CitizenCard>();
        foreach (var relation in relations.DistinctBy(r => r.CitizenId))
        {
            var topics = (await gate.AllowedTopics(relation.PersonId, relation.CitizenId, now).ToListAsync(ct)).Order().ToList();
            var updates = await gate.VisibleUpdates(relation.PersonId, relation.CitizenId, now)
                .OrderByDescending(u => u.PublishedAtUtc)
                .Take(NewestUpdates)
                .Select(u => new UpdateLine(u.Topic, u.Title, u.PublishedAtUtc))
                .ToListAsync(ct);
            cards.Add(new CitizenCard(
                relation.CitizenId, relation.Name, relation.Kind, relation.Unit, relation.Municipality, topics, updates,
                news.FirstOrDefault(n => n.UnitId == relation.UnitId), relation.AgreementWaiting));
            audit.AddRelativeRead(userId, relation.PersonId, relation.CitizenId, updates.Select(u => u.Topic).Distinct().ToList());
        }

        await db.SaveChangesAsync(ct);
        Citizens = cards;
    }

    public sealed record CitizenCard(
        Guid Id, string Name, RelationKind Kind, string Unit, string Municipality, IReadOnlyList<ConsentTopic> Topics,
        IReadOnlyList<UpdateLine> Updates, NewsLine? UnitNews, bool AgreementWaiting);

    public sealed record UpdateLine(ConsentTopic Topic, string Title, DateTime PublishedAtUtc);

    public sealed record NewsLine(Guid UnitId, string Title, DateTime PublishedAtUtc);
}
