using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Invitations;
using Paaroerende.Core;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>
/// The citizen's own start page: my relatives and, for each, what they may see now and until when — answered by the
/// same consent gate that decides the relatives' pages, so the two can never disagree.
/// </summary>
public class IndexModel(PortalDbContext db, ConsentGate gate, CitizenNominations nominations, TimeProvider clock) : PageModel
{
    public string Name { get; private set; } = "";

    public IReadOnlyList<RelativeCard> Relatives { get; private set; } = [];

    /// <summary>Relatives the citizen has named who have not said yes yet (expired ones too, so they can be sent again).</summary>
    public IReadOnlyList<WaitingNomination> Waiting { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var citizenId = PortalClaims.CitizenIdOf(User);
        if (citizenId is null)
        {
            return;
        }

        var now = Instant.Now(clock);
        var ct = HttpContext.RequestAborted;
        Name = await db.Citizens.Where(c => c.Id == citizenId).Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct);
        var relations = await db.Relations.AsNoTracking()
            .Where(r => r.CitizenId == citizenId)
            .Where(ConsentRule.RelationActiveAt(now))
            .OrderBy(r => r.Person!.FirstName)
            .Select(r => new { r.Id, r.PersonId, r.Kind, Name = r.Person!.FirstName + " " + r.Person.LastName })
            .ToListAsync(ct);

        var cards = new List<RelativeCard>();
        foreach (var relation in relations)
        {
            var outlook = await gate.OutlookAsync(relation.PersonId, citizenId.Value, now, ct);
            var topics = outlook.Select(o => new TopicLine(
                o.Topic,
                o.Allowed ? o.Level : o.Reason == ConsentReason.KeptOut ? ConsentLevel.KeptOut : ConsentLevel.None,
                o.AllowedUntilUtc,
                o.AllowedFromUtc)).ToList();
            cards.Add(new RelativeCard(relation.Id, relation.PersonId, relation.Name, relation.Kind, topics));
        }

        Relatives = cards;
        Waiting = await nominations.Waiting(citizenId.Value).AsNoTracking()
            .OrderBy(n => n.CreatedAtUtc)
            .Select(n => new WaitingNomination(n.Id, n.FirstName + " " + n.LastName, n.Kind, n.ExpiresAtUtc, n.ExpiresAtUtc <= now))
            .ToListAsync(ct);
    }

    public sealed record WaitingNomination(Guid Id, string Name, RelationKind Kind, DateTime ExpiresAtUtc, bool Expired);

    public sealed record RelativeCard(Guid RelationId, Guid PersonId, string Name, RelationKind Kind, IReadOnlyList<TopicLine> Topics);

    /// <summary>A topic on a relative's card: the level now, until when, and — when not allowed now — from when it will be.</summary>
    public sealed record TopicLine(ConsentTopic Topic, ConsentLevel Level, DateTime? ValidUntilUtc, DateTime? StartsAtUtc);
}
