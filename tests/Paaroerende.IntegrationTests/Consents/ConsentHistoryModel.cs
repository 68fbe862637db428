using Paaroerende.Core.Consents;

namespace Paaroerende.IntegrationTests.Consents;

// The generated world: two citizens, two relatives, times in 12-hour slots from T0 so boundaries are hit often.
public sealed record RelationSpec(int Citizen, int Person, int RecordedAt, int? EndedAt);

/// <summary>A consent record; <paramref name="DisclosesFrom"/> is an explicit earlier disclosure start, or null.</summary>
public sealed record ConsentSpec(
    int Relation, ConsentTopic Topic, ConsentLevel Level, ConsentBasis Basis, int RecordedAt, int ValidFrom, int? ValidUntil,
    int? DisclosesFrom = null);

/// <summary>
/// An update about a citizen, published at any slot of the history (before, during and after consents); a withdrawn one
/// (ADR 0034) is one staff have taken back, which no relative may see.
/// </summary>
public sealed record UpdateSpec(int Citizen, ConsentTopic Topic, int PublishedAt, bool Withdrawn = false);

/// <summary>A conversation of a relation's relative with the unit about the citizen, on a topic or on none (ADR 0031).</summary>
public sealed record ThreadSpec(int Relation, ConsentTopic? Topic);

/// <summary>A meeting about the relation's citizen to which the relation's person is invited, about a topic or none.</summary>
public sealed record MeetingSpec(int Relation, ConsentTopic? Topic, bool Cancelled = false);

public sealed record Question(int Person, int Citizen, ConsentTopic Topic, int At);

public sealed record History(RelationSpec[] Relations, ConsentSpec[] Consents, Question[] Questions)
{
    public UpdateSpec[] Updates { get; init; } = [];

    public ThreadSpec[] Threads { get; init; } = [];

    public MeetingSpec[] Meetings { get; init; } = [];

    /// <summary>A decision line has one record per instant (the recorder guarantees it; the database enforces it).</summary>
    public History Normalized() => this with
    {
        Consents = Consents
            .Where(c => c.Relation < Relations.Length)
            .DistinctBy(c => (c.Relation, c.Topic, c.Basis, c.RecordedAt))
            .ToArray(),
        Threads = Threads.Where(t => t.Relation < Relations.Length).ToArray(),
        Meetings = Meetings.Where(m => m.Relation < Relations.Length).ToArray(),
    };

    /// <summary>What was known at the end of a slot: the records made by then, and only the relation ends that happened.</summary>
    public History KnownAt(int slot) => this with
    {
        Relations = Relations.Select(r => r with { EndedAt = r.EndedAt <= slot ? r.EndedAt : null }).ToArray(),
        Consents = Consents.Where(c => c.RecordedAt <= slot).ToArray(),
    };

    public override string ToString() =>
        $"relations: [{string.Join("; ", Relations.Select((r, i) => $"#{i} {r}"))}] consents: [{string.Join("; ", Consents.Select(c => c.ToString()))}] updates: [{string.Join("; ", Updates.Select(u => u.ToString()))}] threads: [{string.Join("; ", Threads.Select(t => t.ToString()))}] meetings: [{string.Join("; ", Meetings.Select(m => m.ToString()))}]";
}

/// <summary>
/// The rules of docs/consent.md written again, as plainly as possible and without the database, so the gate can be
/// checked against something it shares no code with.
/// </summary>
public static class ReferenceModel
{
    public static bool Allows(History history, int person, int citizen, ConsentTopic topic, int at) =>
        GrantsInForce(history, person, citizen, topic, at) is { Count: > 0 };

    /// <summary>The disclosure start of the allowed topic: the earliest among its grants in force (null when not allowed).</summary>
    public static int? DisclosesFrom(History history, int person, int citizen, ConsentTopic topic, int at) =>
        GrantsInForce(history, person, citizen, topic, at) is { Count: > 0 } grants ? grants.Min(g => Disclosure(history, g)) : null;

    public static HashSet<ConsentTopic> AllowedTopics(History history, int person, int citizen, int at) =>
        Enum.GetValues<ConsentTopic>().Where(t => Allows(history, person, citizen, t, at)).ToHashSet();

    /// <summary>
    /// The updates the person may read at the moment: not withdrawn, in an allowed topic, published inside what it discloses.
    /// </summary>
    public static HashSet<int> VisibleUpdates(History history, int person, int citizen, int at) =>
        Enumerable.Range(0, history.Updates.Length)
            .Where(i => history.Updates[i] is var u && !u.Withdrawn && u.Citizen == citizen && u.PublishedAt <= at
                && DisclosesFrom(history, person, citizen, u.Topic, at) is { } from && from <= u.PublishedAt)
            .ToHashSet();

    /// <summary>
    /// The threads the person may read at the moment: their own (of any of their relations to the citizen), while they
    /// have an active relation to the citizen, about no topic or about a topic they may see now.
    /// </summary>
    public static HashSet<int> VisibleThreads(History history, int person, int citizen, int at) =>
        Enumerable.Range(0, history.Threads.Length)
            .Where(i => history.Threads[i] is var t && history.Relations[t.Relation] is var r
                && r.Person == person && r.Citizen == citizen && HasActiveRelation(history, person, citizen, at)
                && (t.Topic is not { } topic || Allows(history, person, citizen, topic, at)))
            .ToHashSet();

    /// <summary>
    /// The meetings the person may see at the moment (docs/adr/0036): they are invited, it is not cancelled, they have an
    /// active relation to the citizen, and they may see "Aftaler og besøg" or the meeting's own topic now.
    /// </summary>
    public static HashSet<int> VisibleMeetings(History history, int person, int citizen, int at) =>
        Enumerable.Range(0, history.Meetings.Length)
            .Where(i => history.Meetings[i] is var m && history.Relations[m.Relation] is var r
                && !m.Cancelled && r.Person == person && r.Citizen == citizen && HasActiveRelation(history, person, citizen, at)
                && (Allows(history, person, citizen, ConsentTopic.AppointmentsAndVisits, at)
                    || (m.Topic is { } topic && Allows(history, person, citizen, topic, at))))
            .ToHashSet();

    public static bool HasActiveRelation(History history, int person, int citizen, int at) =>
        history.Relations.Any(r => r.Person == person && r.Citizen == citizen
            && r.RecordedAt <= at && (r.EndedAt is null || r.EndedAt > at));

    private static List<ConsentSpec>? GrantsInForce(History history, int person, int citizen, ConsentTopic topic, int at)
    {
        var activeRelations = Enumerable.Range(0, history.Relations.Length)
            .Where(i => history.Relations[i] is var r && r.Person == person && r.Citizen == citizen
                && r.RecordedAt <= at && (r.EndedAt is null || r.EndedAt > at))
            .ToHashSet();
        var inForce = history.Consents
            .Where(c => activeRelations.Contains(c.Relation) && c.Topic == topic && c.RecordedAt <= at)
            .GroupBy(c => (c.Relation, c.Basis))
            .Select(line => line.OrderBy(c => c.RecordedAt).Last())
            .Where(newest => newest.ValidFrom <= at && (newest.ValidUntil is null || newest.ValidUntil > at))
            .ToList();
        return inForce.Any(c => c.Level == ConsentLevel.KeptOut)
            ? null
            : inForce.Where(c => c.Level is ConsentLevel.Informed or ConsentLevel.Involved).ToList();
    }

    /// <summary>
    /// A grant discloses from its valid-from; when it takes over a grant of the same line without a gap (valid from
    /// no later than it was recorded, and the previous record a grant in force at that moment), from that grant's
    /// start if earlier; an explicit earlier start widens it.
    /// </summary>
    private static int Disclosure(History history, ConsentSpec grant)
    {
        var previous = history.Consents
            .Where(c => c.Relation == grant.Relation && c.Topic == grant.Topic && c.Basis == grant.Basis
                && c.RecordedAt < grant.RecordedAt)
            .OrderBy(c => c.RecordedAt)
            .LastOrDefault();
        var start = grant.ValidFrom;
        if (previous is { Level: ConsentLevel.Informed or ConsentLevel.Involved }
            && grant.ValidFrom <= grant.RecordedAt
            && previous.ValidFrom <= grant.RecordedAt && (previous.ValidUntil is null || previous.ValidUntil > grant.RecordedAt))
        {
            start = Math.Min(start, Disclosure(history, previous));
        }

        return grant.DisclosesFrom is { } chosen ? Math.Min(start, chosen) : start;
    }
}
