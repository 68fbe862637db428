using System.Linq.Expressions;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Consents;

/// <summary>
/// The consent rule, written once (docs/consent.md). Each part is a named expression that every query composes, so the
/// database runs it and the model tests, by testing the gate, test every page that uses it:
/// <list type="number">
/// <item>a relation is active from its recording until its end (<see cref="RelationActiveAt"/>);</item>
/// <item>each relation, topic and basis is a line; the newest record of a line recorded at or before a moment is the
/// line's decision then (<see cref="NewestOfLineAt"/>); an older record never comes back;</item>
/// <item>a decision is in force inside its validity, the end excluded (<see cref="InForceAt"/>);</item>
/// <item>a topic is allowed when a grant (informed or involved) is in force on a line of an active relation and no
/// kept-out decision is in force on any of the person's active relations to the citizen (<see cref="AllowedOf"/>);</item>
/// <item>an allowed topic discloses the updates published from the earliest disclosure start of its grants in force
/// (<see cref="Discloses"/>).</item>
/// </list>
/// </summary>
public static class ConsentRule
{
    /// <summary>Rule 1: the relation is active at the moment.</summary>
    public static Expression<Func<Relation, bool>> RelationActiveAt(DateTime atUtc) =>
        r => r.RecordedAtUtc <= atUtc && (r.EndedAtUtc == null || r.EndedAtUtc > atUtc);

    /// <summary>Rule 1, in memory, for a relation already loaded.</summary>
    public static bool IsActiveAt(DateTime recordedAtUtc, DateTime? endedAtUtc, DateTime atUtc) =>
        recordedAtUtc <= atUtc && (endedAtUtc is null || endedAtUtc > atUtc);

    /// <summary>Rule 2: each line's decision at the moment — its newest record recorded at or before it.</summary>
    public static IQueryable<ConsentRecord> NewestOfLineAt(this IQueryable<ConsentRecord> records, DateTime atUtc)
    {
        var recorded = records.Where(c => c.RecordedAtUtc <= atUtc);
        return recorded.Where(c => !recorded.Any(newer => newer.RelationId == c.RelationId
            && newer.Topic == c.Topic
            && newer.Basis == c.Basis
            && newer.RecordedAtUtc > c.RecordedAtUtc));
    }

    /// <summary>
    /// Rule 2 asked of each record at its own end: the records still their line's newest when their validity ran out
    /// (nothing newer recorded by then), so the end really took effect.
    /// </summary>
    public static IQueryable<ConsentRecord> NewestOfLineAtItsEnd(this IQueryable<ConsentRecord> records, IQueryable<ConsentRecord> history) =>
        records.Where(c => c.ValidUntilUtc != null && !history.Any(newer => newer.RelationId == c.RelationId
            && newer.Topic == c.Topic
            && newer.Basis == c.Basis
            && newer.RecordedAtUtc > c.RecordedAtUtc
            && newer.RecordedAtUtc <= c.ValidUntilUtc));

    /// <summary>Rule 3: the decision's validity covers the moment (valid until is exclusive).</summary>
    public static Expression<Func<LineDecision, bool>> InForceAt(DateTime atUtc) =>
        d => d.ValidFromUtc <= atUtc && (d.ValidUntilUtc == null || d.ValidUntilUtc > atUtc);

    /// <summary>Rule 3, in memory.</summary>
    public static bool Covers(DateTime validFromUtc, DateTime? validUntilUtc, DateTime atUtc) =>
        validFromUtc <= atUtc && (validUntilUtc is null || validUntilUtc > atUtc);

    /// <summary>A level that lets the relative see the topic.</summary>
    public static bool Grants(ConsentLevel level) => level is ConsentLevel.Informed or ConsentLevel.Involved;

    /// <summary>
    /// Rule 4 over a set of line decisions: one row per person, citizen and topic allowed at the moment, with where its
    /// disclosure starts. The decisions must be every line of the person's active relations (kept out on one relation
    /// to the citizen wins over a grant on another), from the history (<see cref="DecisionsAt"/>) or the current table.
    /// </summary>
    /// <remarks>
    /// Written as one pass over the decisions in force, grouped by person, citizen and topic (a group with a kept-out
    /// decision is dropped, one without a grant too), rather than as the grants with a NOT EXISTS over the same decisions
    /// for a kept-out one: that asked the database to work the decisions in force out twice, and the relative's pages
    /// ask this twice each (docs/performance.md, nineteenth session).
    /// </remarks>
    public static IQueryable<AllowedTopic> AllowedOf(IQueryable<LineDecision> decisions, DateTime atUtc) =>
        decisions.Where(InForceAt(atUtc))
            .GroupBy(d => new { d.PersonId, d.CitizenId, d.Topic })
            .Where(g => g.Count(d => d.Level == ConsentLevel.KeptOut) == 0
                && g.Count(d => d.Level == ConsentLevel.Informed || d.Level == ConsentLevel.Involved) > 0)
            .Select(g => new AllowedTopic
            {
                PersonId = g.Key.PersonId, CitizenId = g.Key.CitizenId, Topic = g.Key.Topic,
                DisclosesFromUtc = g.Where(d => d.Level == ConsentLevel.Informed || d.Level == ConsentLevel.Involved)
                    .Min(d => d.DisclosesFromUtc),
            });

    /// <summary>
    /// Rule 4 in memory, over decisions already loaded (a page's explanation, a preview of a change): the first person,
    /// citizen and topic allowed, as <see cref="AllowedOf"/> would list it first, or null. The same rule as the
    /// expression, which a unit test holds it to on random decisions; written out with the in-memory parts of rules 3
    /// and 4 because running the expression in memory compiles it anew on every call (milliseconds per topic).
    /// </summary>
    public static AllowedTopic? FirstAllowedAmong(IEnumerable<LineDecision> decisions, DateTime atUtc)
    {
        var allowed = decisions
            .Where(d => Covers(d.ValidFromUtc, d.ValidUntilUtc, atUtc))
            .GroupBy(d => new { d.PersonId, d.CitizenId, d.Topic })
            .FirstOrDefault(g => !g.Any(d => d.Level == ConsentLevel.KeptOut) && g.Any(d => Grants(d.Level)));
        return allowed is null ? null : new AllowedTopic
        {
            PersonId = allowed.Key.PersonId, CitizenId = allowed.Key.CitizenId, Topic = allowed.Key.Topic,
            DisclosesFromUtc = allowed.Where(d => Grants(d.Level)).Min(d => d.DisclosesFromUtc),
        };
    }

    /// <summary>Rule 5: an update of an allowed topic is disclosed when it was published in the disclosed period.</summary>
    public static bool Discloses(DateTime? disclosesFromUtc, DateTime publishedAtUtc, DateTime atUtc) =>
        publishedAtUtc <= atUtc && disclosesFromUtc != null && disclosesFromUtc <= publishedAtUtc;

    /// <summary>Rules 1–2 from the append-only history: every line decision at a past or present moment.</summary>
    public static IQueryable<LineDecision> DecisionsAt(
        IQueryable<ConsentRecord> records, IQueryable<Relation> activeRelations, DateTime atUtc)
    {
        var relationIds = activeRelations.Select(r => r.Id);
        return records.Where(c => relationIds.Contains(c.RelationId))
            .NewestOfLineAt(atUtc)
            .Select(c => new LineDecision
            {
                RelationId = c.RelationId, PersonId = c.Relation!.PersonId, CitizenId = c.Relation.CitizenId,
                Topic = c.Topic, Basis = c.Basis, Level = c.Level,
                ValidFromUtc = c.ValidFromUtc, ValidUntilUtc = c.ValidUntilUtc, DisclosesFromUtc = c.DisclosesFromUtc,
                RecordId = c.Id, RecordedAtUtc = c.RecordedAtUtc,
            });
    }

    /// <summary>The current decisions (newest of every line) of the active relations, from the current-access table.</summary>
    public static IQueryable<LineDecision> CurrentDecisions(
        IQueryable<CurrentConsent> current, IQueryable<Relation> activeRelations)
    {
        var relationIds = activeRelations.Select(r => r.Id);
        return current.Where(c => relationIds.Contains(c.RelationId))
            .Select(c => new LineDecision
            {
                RelationId = c.RelationId, PersonId = c.PersonId, CitizenId = c.CitizenId,
                Topic = c.Topic, Basis = c.Basis, Level = c.Level,
                ValidFromUtc = c.ValidFromUtc, ValidUntilUtc = c.ValidUntilUtc, DisclosesFromUtc = c.DisclosesFromUtc,
                RecordId = c.RecordId, RecordedAtUtc = c.RecordedAtUtc,
            });
    }
}

/// <summary>One line's decision (relation, topic, basis), from the history or the current-access table.</summary>
public sealed class LineDecision
{
    public Guid RelationId { get; init; }

    public Guid PersonId { get; init; }

    public Guid CitizenId { get; init; }

    public ConsentTopic Topic { get; init; }

    public ConsentBasis Basis { get; init; }

    public ConsentLevel Level { get; init; }

    public DateTime ValidFromUtc { get; init; }

    public DateTime? ValidUntilUtc { get; init; }

    public DateTime? DisclosesFromUtc { get; init; }

    public Guid RecordId { get; init; }

    public DateTime RecordedAtUtc { get; init; }
}
