using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
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
public class IndexModel(PortalDbContext db, ConsentGate gate, TimeProvider clock) : PageModel
{
    public string Name { get; private set; } = "";

    public IReadOnlyList<RelativeCard> Relatives { get; private set; } = [];

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
            .Where(r => r.CitizenId == citizenId && r.RecordedAtUtc <= now && (r.EndedAtUtc == null || r.EndedAtUtc > now))
            .OrderBy(r => r.Person!.FirstName)
            .Select(r => new { r.Id, r.PersonId, r.Kind, Name = r.Person!.FirstName + " " + r.Person.LastName })
            .ToListAsync(ct);

        var cards = new List<RelativeCard>();
        foreach (var relation in relations)
        {
            var inForce = await gate.EffectiveRecords(relation.PersonId, now)
                .Where(c => c.Relation!.CitizenId == citizenId)
                .Select(c => new { c.Topic, c.Level, c.ValidUntilUtc })
                .ToListAsync(ct);
            var topics = Enum.GetValues<ConsentTopic>().Select(topic =>
            {
                var lines = inForce.Where(c => c.Topic == topic).ToList();
                var level = lines.Any(c => c.Level == ConsentLevel.KeptOut) ? ConsentLevel.KeptOut
                    : lines.Where(c => c.Level is ConsentLevel.Informed or ConsentLevel.Involved).Select(c => c.Level).DefaultIfEmpty(ConsentLevel.None).Max();
                var until = level is ConsentLevel.Informed or ConsentLevel.Involved
                    ? lines.Where(c => c.Level == level).Select(c => c.ValidUntilUtc).FirstOrDefault()
                    : null;
                return new TopicLine(topic, level, until);
            }).ToList();
            cards.Add(new RelativeCard(relation.Id, relation.PersonId, relation.Name, relation.Kind, topics));
        }

        Relatives = cards;
    }

    public sealed record RelativeCard(Guid RelationId, Guid PersonId, string Name, RelationKind Kind, IReadOnlyList<TopicLine> Topics);

    public sealed record TopicLine(ConsentTopic Topic, ConsentLevel Level, DateTime? ValidUntilUtc);
}
