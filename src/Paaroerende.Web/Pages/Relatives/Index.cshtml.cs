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
    /// <summary>
    /// One query for every citizen (no query per citizen): the gate's topics and updates are evaluated for all of the
    /// sign-in's active relations at once and matched to each relation's own person record (<see cref="StartPageRows"/>).
    /// Compiled once.
    /// </summary>
    private static readonly CompiledSignInQuery<StartPageRow> StartPage = new((db, gate, userId, _, now, _) =>
        StartPageRows.Query(db, gate, userId, now));

    public IReadOnlyList<CitizenCard> Citizens { get; private set; } = [];

    public RelativeNotice? Notice { get; private set; }

    public async Task OnGetAsync()
    {
        Notice = RelativeNotice.Take(TempData);
        var userId = PortalClaims.UserIdOf(User);
        var now = Instant.Now(clock);
        var ct = HttpContext.RequestAborted;
        var rows = await StartPage.ListAsync(db, userId, Guid.Empty, now, 0, ct);

        // A citizen's card is the newest relation's (the heads come newest first), with that person record's topics; the
        // relation's rows are found by person record and citizen (two active relations may share both: DistinctBy).
        var heads = rows.Where(r => r.Kind == StartPageRows.Head).DistinctBy(r => r.CitizenId).ToList();
        var items = rows.Where(r => r.Kind != StartPageRows.Head).ToLookup(r => (r.PersonId, r.CitizenId));
        var cards = heads.Select(head => CardOf(head, items[(head.PersonId, head.CitizenId)])).ToList();
        // The page names every topic the relative follows ("Du følger med i"), not only those of the newest updates.
        await audit.RecordRelativeReadsAsync(
            [.. heads.Zip(cards, (head, card) =>
                new RelativeRead(userId, head.PersonId, card.Id, [.. card.Topics.Union(card.Updates.Select(u => u.Topic))]))],
            ct);
        Citizens = cards;
    }

    /// <summary>The card of one citizen: the head's facts, its relation's newest updates and its unit's newest news.</summary>
    private static CitizenCard CardOf(StartPageRow head, IEnumerable<StartPageRow> items)
    {
        var updates = items.Where(r => r.Kind == StartPageRows.Update).DistinctBy(r => r.ItemId)
            .Take(StartPageRows.NewestUpdates)
            .Select(r => new UpdateLine(TopicBits.Topics(r.TopicBits).Single(), r.UpdateTitle, r.At))
            .ToList();
        var news = items.Where(r => r.Kind == StartPageRows.News).Select(r => new NewsLine(r.NewsTitle, r.At)).FirstOrDefault();
        return new CitizenCard(head.CitizenId, $"{head.FirstName} {head.LastName}", head.RelationKind, head.Unit, head.Municipality,
            TopicBits.Topics(head.TopicBits), updates, news, head.AgreementWaiting);
    }

    public sealed record CitizenCard(
        Guid Id, string Name, RelationKind Kind, string Unit, string Municipality, IReadOnlyList<ConsentTopic> Topics,
        IReadOnlyList<UpdateLine> Updates, NewsLine? UnitNews, bool AgreementWaiting);

    public sealed record UpdateLine(ConsentTopic Topic, string Title, DateTime PublishedAtUtc);

    public sealed record NewsLine(string Title, DateTime PublishedAtUtc);
}
