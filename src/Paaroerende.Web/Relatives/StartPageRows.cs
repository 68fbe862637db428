using System.Linq.Expressions;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// The relative's start page ("Mine pårørende") as one flat list of rows, the shape of <see cref="CitizenPageRows"/>: a
/// head per active relation (the citizen, what the relative follows, an agreement waiting), the relation's newest
/// disclosed updates and its unit's newest news, united with UNION ALL. As one projection with two lists per relation
/// the database joined every update to every news item of the relation and worked the relation's topics and agreement
/// out again for each joined row, and EF matched the lists back together: 0.42 ms of SQLite for a relative of two
/// citizens, where the parts take 0.1 ms (docs/performance.md).
/// </summary>
/// <remarks>
/// Every branch starts from the same active relation, so an update or a news item comes only with a relation that lets
/// the read through, and each names every member in the same order with typed stand-ins, never NULL (see
/// <see cref="CitizenPageRows"/> for why PostgreSQL needs both). The relation's kind is the relation's own column in
/// every branch, so no enum constant is united with the stored name.
/// </remarks>
public static class StartPageRows
{
    public const int Head = 0;

    public const int Update = 1;

    public const int News = 2;

    /// <summary>Updates shown per citizen: the newest few, the citizen's page has the rest.</summary>
    public const int NewestUpdates = 3;

    private static readonly Expression<Func<Relation, VisibleUpdate, StartPageRow>> UpdateRow =
        ParameterSubstitution.WithUpdateTopicBit<Relation, VisibleUpdate, StartPageRow>(
        (r, u, topicBit) => new StartPageRow
        {
            Kind = Update, PersonId = r.PersonId, CitizenId = r.CitizenId, RelationKind = r.Kind,
            FirstName = "", LastName = "", Unit = "", Municipality = "", AgreementWaiting = false,
            TopicBits = topicBit, UpdateTitle = u.Title, NewsTitle = "", At = u.PublishedAtUtc, ItemId = u.Id,
        });

    public static IQueryable<StartPageRow> Query(PortalDbContext db, ConsentGate gate, string userId, DateTime atUtc)
    {
        var active = gate.ActiveRelationsOfUser(userId, atUtc);
        var allowed = gate.AllowedTopicsOn(active, atUtc);
        var visible = gate.VisibleUpdatesOn(active, atUtc);
        var news = gate.VisibleUnitNews(userId, atUtc);

        var heads = active.Select(r => new StartPageRow
        {
            Kind = Head, PersonId = r.PersonId, CitizenId = r.CitizenId, RelationKind = r.Kind,
            FirstName = r.Citizen!.FirstName, LastName = r.Citizen.LastName, Unit = r.Citizen.Unit!.Name,
            Municipality = r.Citizen.Municipality!.Name,
            AgreementWaiting = db.ExpectationAgreements
                .Where(a => a.RelationId == r.Id)
                .OrderByDescending(a => a.Version)
                .Take(1)
                .Any(a => !db.ExpectationAcknowledgements.Any(k => k.AgreementId == a.Id)),
            TopicBits = allowed.Where(t => t.PersonId == r.PersonId && t.CitizenId == r.CitizenId).Sum(TopicBits.Of),
            UpdateTitle = "", NewsTitle = "", At = r.RecordedAtUtc, ItemId = r.Id,
        });

        var updates = active.SelectMany(
            r => visible.Where(u => u.PersonId == r.PersonId && u.CitizenId == r.CitizenId)
                .OrderByDescending(u => u.PublishedAtUtc).ThenByDescending(u => u.Id)
                .Take(NewestUpdates),
            UpdateRow);

        // The unit's newest news item, found from the unit's end of its index (LIMIT 1) and then joined by its key. As
        // "the first of each unit's news" EF numbers every news item of the sign-in's units (SQLite has no LATERAL join):
        // 0.19 ms of the page's 0.4 ms of SQL with the benchmark's news, and growing with every item a unit publishes.
        var newest = active.Join(
            news,
            r => news.Where(m => m.UnitId == r.Citizen!.UnitId)
                .OrderByDescending(m => m.PublishedAtUtc).ThenByDescending(m => m.Id)
                .Select(m => (Guid?)m.Id)
                .FirstOrDefault(),
            n => (Guid?)n.Id,
            (r, n) => new StartPageRow
            {
                Kind = News, PersonId = r.PersonId, CitizenId = r.CitizenId, RelationKind = r.Kind,
                FirstName = "", LastName = "", Unit = "", Municipality = "", AgreementWaiting = false,
                TopicBits = 0, UpdateTitle = "", NewsTitle = n.Title, At = n.PublishedAtUtc, ItemId = n.Id,
            });

        // Heads by the citizen's name, the newest relation first; each relation's updates newest first.
        return heads.Concat(updates).Concat(newest)
            .OrderBy(x => x.Kind).ThenBy(x => x.FirstName).ThenBy(x => x.LastName)
            .ThenByDescending(x => x.At).ThenByDescending(x => x.ItemId);
    }
}

/// <summary>One row of <see cref="StartPageRows"/>; which members are filled depends on <see cref="Kind"/>.</summary>
public sealed class StartPageRow
{
    public int Kind { get; init; }

    public Guid PersonId { get; init; }

    public Guid CitizenId { get; init; }

    public RelationKind RelationKind { get; init; }

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string Unit { get; init; } = "";

    public string Municipality { get; init; } = "";

    public bool AgreementWaiting { get; init; }

    /// <summary>The allowed topics on a head; an update's own topic on an update's row.</summary>
    public int TopicBits { get; init; }

    public string UpdateTitle { get; init; } = "";

    public string NewsTitle { get; init; } = "";

    /// <summary>When the relation was recorded (a head), or the update or news item was published.</summary>
    public DateTime At { get; init; }

    /// <summary>The relation's, update's or news item's id.</summary>
    public Guid ItemId { get; init; }
}
