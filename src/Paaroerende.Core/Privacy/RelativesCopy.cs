using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Privacy;

/// <summary>
/// What a relative's own copy of their data may show of the rows about their relations (docs/consent.md, "The
/// relative's copy"). The relative's own rows stay: their sign-ins, their relation's kind and dates, their check-ins,
/// feedback and acknowledgements, and what they did themselves. Of the citizen's side the copy shows only what the
/// relative may see on the portal now: the decisions that let them see a topic they can see today, and only while the
/// relation is active. Being kept out, or a decision on a topic they cannot see, is not the relative's to know; once the
/// relation has ended, neither is the citizen's name nor what she or staff decided.
/// </summary>
internal sealed class RelativesCopy(IReadOnlyCollection<string> ownUserIds, IReadOnlyList<RelationHead> relations)
{
    private readonly Dictionary<Guid, RelationHead> _active = relations.Where(r => r.Active).ToDictionary(r => r.Row.Id);

    /// <summary>Every relation with its kind and dates; the citizen's name, who recorded it and who ended it only while active.</summary>
    public IReadOnlyList<RelationRow> Relations() =>
        [.. relations.Select(r => r.Active
            ? r.Row
            : r.Row with
            {
                CitizenName = null,
                RecordedBy = null,
                EndedBy = r.Row.EndedBy == RelationEndedBy.Relative ? RelationEndedBy.Relative : null,
            })];

    /// <summary>The decisions that let the relative see a topic they can see now, on an active relation.</summary>
    public IReadOnlyList<ConsentRow> ConsentRecords(IEnumerable<ConsentRow> rows) =>
        [.. rows.Where(c => Shows(c.RelationId, c.Topic, c.Level))];

    /// <summary>
    /// The relative's own entries, and others' entries about an active relation of theirs — a recorded decision only
    /// when the copy shows that decision.
    /// </summary>
    public IReadOnlyList<AuditRow> AuditEntries(IEnumerable<AuditHead> entries) =>
        [.. entries.Where(a => ownUserIds.Contains(a.ActorUserId) || OthersEntryShown(a.Row)).Select(a => a.Row)];

    /// <summary>The expectation agreements of active relations; the relative's acknowledgements stay regardless.</summary>
    public IReadOnlyList<AgreementRow> Agreements(IEnumerable<AgreementRow> agreements) =>
        [.. agreements.Where(a => _active.ContainsKey(a.RelationId))];

    private bool OthersEntryShown(AuditRow entry)
    {
        if (entry.RelationId is not { } relationId || !_active.ContainsKey(relationId))
        {
            return false;
        }

        return entry.Action != AuditAction.ConsentRecorded
            || (entry.Topic is { } topic && LevelOf(entry.Detail) is { } level && Shows(relationId, topic, level));
    }

    private bool Shows(Guid relationId, ConsentTopic topic, ConsentLevel level) =>
        _active.TryGetValue(relationId, out var relation)
        && ConsentRule.Grants(level)
        && TopicBits.Topics(relation.TopicBits).Contains(topic);

    /// <summary>A recorded decision's level, from its audit detail ("Basis:Level").</summary>
    private static ConsentLevel? LevelOf(string? detail) =>
        detail?.Split(':').LastOrDefault() is { } part && Enum.TryParse<ConsentLevel>(part, out var level) ? level : null;
}

/// <summary>A relation as the relative's copy loads it: its row, whether it is active now, and the topics the gate allows.</summary>
internal sealed class RelationHead
{
    public required RelationRow Row { get; init; }

    public bool Active { get; init; }

    public int TopicBits { get; init; }
}
