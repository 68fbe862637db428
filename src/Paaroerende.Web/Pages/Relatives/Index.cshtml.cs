using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// "Mine pårørende": every citizen I have an active relation to, in any municipality, with what I follow, the newest
/// updates I may read, the newest news from the unit and an agreement waiting for me. Only the signed-in relative's own
/// relations are queried; everything about a citizen comes through the consent gate and is audited.
/// </summary>
[OverviewPage]
public class IndexModel(PortalDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    private const int NewestUpdates = 3;

    /// <summary>
    /// One query for every citizen (no query per citizen): the gate's topics and updates are evaluated for all of the
    /// sign-in's active relations at once and matched to each relation's own person record. Compiled once.
    /// </summary>
    private static readonly CompiledSignInQuery<RelationRow> StartPage = new((db, gate, userId, _, now, _) =>
    {
        var active = gate.ActiveRelationsOfUser(userId, now);
        var allowed = gate.AllowedTopicsOn(active, now);
        var visible = gate.VisibleUpdatesOn(active, now);
        var news = gate.VisibleUnitNews(userId, now);
        return active
            .OrderBy(r => r.Citizen!.FirstName).ThenBy(r => r.Citizen!.LastName).ThenByDescending(r => r.RecordedAtUtc)
            .Select(r => new RelationRow
            {
                PersonId = r.PersonId, CitizenId = r.CitizenId, Kind = r.Kind,
                Name = r.Citizen!.FirstName + " " + r.Citizen.LastName, Unit = r.Citizen.Unit!.Name,
                Municipality = r.Citizen.Municipality!.Name,
                AgreementWaiting = db.ExpectationAgreements
                    .Where(a => a.RelationId == r.Id)
                    .OrderByDescending(a => a.Version)
                    .Take(1)
                    .Any(a => !db.ExpectationAcknowledgements.Any(k => k.AgreementId == a.Id)),
                // The gate's news of the sign-in's own units, not every unit's: SQLite has no LATERAL join, so EF numbers
                // the rows of a "newest one" list before joining, and over the whole table that was a scan per request.
                News = news
                    .Where(n => n.UnitId == r.Citizen.UnitId)
                    .OrderByDescending(n => n.PublishedAtUtc)
                    .Take(1)
                    .Select(n => new NewsLine(n.UnitId, n.Title, n.PublishedAtUtc))
                    .ToList(), // a list of one, not FirstOrDefault: that would need APPLY, which SQLite lacks
                TopicBits = allowed.Where(t => t.PersonId == r.PersonId && t.CitizenId == r.CitizenId).Sum(TopicBits.Of),
                Updates = visible.Where(u => u.PersonId == r.PersonId && u.CitizenId == r.CitizenId)
                    .OrderByDescending(u => u.PublishedAtUtc).ThenByDescending(u => u.Id)
                    .Take(NewestUpdates)
                    .Select(u => new UpdateLine(u.Topic, u.Title, u.PublishedAtUtc))
                    .ToList(),
            })
            .AsSingleQuery();
    });

    public IReadOnlyList<CitizenCard> Citizens { get; private set; } = [];

    public RelativeNotice? Notice { get; private set; }

    public async Task OnGetAsync()
    {
        Notice = RelativeNotice.Take(TempData);
        var userId = PortalClaims.UserIdOf(User);
        var now = Instant.Now(clock);
        var ct = HttpContext.RequestAborted;
        var relations = await StartPage.ListAsync(db, userId, Guid.Empty, now, 0, ct);

        var cards = relations.DistinctBy(r => r.CitizenId)
            .Select(r => new CitizenCard(
                r.CitizenId, r.Name, r.Kind, r.Unit, r.Municipality, TopicBits.Topics(r.TopicBits), r.Updates, r.News.FirstOrDefault(),
                r.AgreementWaiting))
            .ToList();
        // The page names every topic the relative follows ("Du følger med i"), not only those of the newest updates.
        await audit.RecordRelativeReadsAsync(
            [.. cards.Join(relations.DistinctBy(r => r.CitizenId), c => c.Id, r => r.CitizenId,
                (card, r) => new RelativeRead(userId, r.PersonId, card.Id, [.. card.Topics.Union(card.Updates.Select(u => u.Topic))]))],
            ct);
        Citizens = cards;
    }

    public sealed record CitizenCard(
        Guid Id, string Name, RelationKind Kind, string Unit, string Municipality, IReadOnlyList<ConsentTopic> Topics,
        IReadOnlyList<UpdateLine> Updates, NewsLine? UnitNews, bool AgreementWaiting);

    /// <summary>One active relation with what the start page shows of its citizen.</summary>
    public sealed class RelationRow
    {
        public Guid PersonId { get; init; }

        public Guid CitizenId { get; init; }

        public RelationKind Kind { get; init; }

        public string Name { get; init; } = "";

        public string Unit { get; init; } = "";

        public string Municipality { get; init; } = "";

        public bool AgreementWaiting { get; init; }

        public List<NewsLine> News { get; init; } = [];

        public int TopicBits { get; init; }

        public List<UpdateLine> Updates { get; init; } = [];
    }

    public sealed record UpdateLine(ConsentTopic Topic, string Title, DateTime PublishedAtUtc);

    public sealed record NewsLine(Guid UnitId, string Title, DateTime PublishedAtUtc);
}
