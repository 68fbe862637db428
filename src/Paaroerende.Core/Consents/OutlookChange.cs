namespace Paaroerende.Core.Consents;

/// <summary>What a change of decisions means for the relative, topic by topic, in the terms the relative lives with.</summary>
public enum OutlookChangeKind
{
    /// <summary>Not visible now; visible from now on (<see cref="OutlookChange.UntilUtc"/>: a decided end).</summary>
    SeesFromNow,

    /// <summary>Not visible now; visible from <see cref="OutlookChange.AtUtc"/> (a new or earlier start).</summary>
    SeesFrom,

    /// <summary>Visible now; not from now on, and no later start is decided.</summary>
    NoLongerSees,

    /// <summary>Visible now; not from now on, visible again from <see cref="OutlookChange.AtUtc"/>.</summary>
    PausedUntil,

    /// <summary>A decided start (<see cref="OutlookChange.AtUtc"/>) no longer comes.</summary>
    PlannedStartCancelled,

    /// <summary>A decided start moves later, to <see cref="OutlookChange.AtUtc"/>.</summary>
    StartDelayed,

    /// <summary>The access ends sooner than before: at <see cref="OutlookChange.UntilUtc"/> (exclusive).</summary>
    EndsSooner,

    /// <summary>The access lasts longer: until <see cref="OutlookChange.UntilUtc"/>, or without an end when null.</summary>
    LastsLonger,

    /// <summary>Updates published from an earlier moment (<see cref="OutlookChange.DisclosesFromUtc"/>) become visible.</summary>
    MoreUpdates,

    /// <summary>Updates published before <see cref="OutlookChange.DisclosesFromUtc"/> are no longer visible.</summary>
    FewerUpdates,
}

/// <summary>
/// One topic's change of outlook for a relative. <see cref="DisclosesFromUtc"/> on a start says from when the relative
/// will see the topic's updates.
/// </summary>
public sealed record OutlookChange(
    ConsentTopic Topic, OutlookChangeKind Kind, DateTime? AtUtc = null, DateTime? UntilUtc = null, DateTime? DisclosesFromUtc = null)
{
    /// <summary>Removes, delays or shortens something the relative has or was going to have: the user confirms first.</summary>
    public bool TakesAway => Kind is OutlookChangeKind.NoLongerSees or OutlookChangeKind.PausedUntil
        or OutlookChangeKind.PlannedStartCancelled or OutlookChangeKind.StartDelayed or OutlookChangeKind.EndsSooner
        or OutlookChangeKind.FewerUpdates;
}

/// <summary>
/// Compares a relative's outlook before and after a change, both worked out by the gate's own rule
/// (<see cref="ConsentOutlook"/>) over all the relative's lines to the citizen, so kept out on another basis counts.
/// </summary>
public static class OutlookChanges
{
    public static IReadOnlyList<OutlookChange> Between(
        IReadOnlyCollection<LineDecision> before, IReadOnlyCollection<LineDecision> after, bool relationActive, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<OutlookChange>();
        foreach (var topic in Enum.GetValues<ConsentTopic>())
        {
            var was = ConsentOutlook.OfTopic(before, relationActive, topic, atUtc);
            var will = ConsentOutlook.OfTopic(after, relationActive, topic, atUtc);
            changes.AddRange((was.Allowed, will.Allowed) switch
            {
                (true, true) => Continuing(topic, was, will),
                (true, false) => [will.AllowedFromUtc is { } again
                    ? new OutlookChange(topic, OutlookChangeKind.PausedUntil, again)
                    : new OutlookChange(topic, OutlookChangeKind.NoLongerSees)],
                (false, true) => [new OutlookChange(topic, OutlookChangeKind.SeesFromNow, null, will.AllowedUntilUtc, will.DisclosesFromUtc)],
                _ => Later(topic, before, after, was.AllowedFromUtc, will.AllowedFromUtc),
            });
        }

        return changes;
    }

    /// <summary>Visible before and after: the end and the disclosed period may still move.</summary>
    private static IEnumerable<OutlookChange> Continuing(ConsentTopic topic, TopicOutlook was, TopicOutlook will)
    {
        if (will.DisclosesFromUtc != was.DisclosesFromUtc)
        {
            var fewer = will.DisclosesFromUtc is null || (was.DisclosesFromUtc is { } w && will.DisclosesFromUtc > w);
            yield return new OutlookChange(topic, fewer ? OutlookChangeKind.FewerUpdates : OutlookChangeKind.MoreUpdates,
                DisclosesFromUtc: will.DisclosesFromUtc);
        }

        if (will.AllowedUntilUtc != was.AllowedUntilUtc)
        {
            var sooner = will.AllowedUntilUtc is { } end && (was.AllowedUntilUtc is null || end < was.AllowedUntilUtc);
            yield return new OutlookChange(topic, sooner ? OutlookChangeKind.EndsSooner : OutlookChangeKind.LastsLonger,
                UntilUtc: will.AllowedUntilUtc);
        }
    }

    /// <summary>Visible neither before nor after: what may change is a decided start and what that start brings.</summary>
    private static IEnumerable<OutlookChange> Later(
        ConsentTopic topic, IReadOnlyCollection<LineDecision> before, IReadOnlyCollection<LineDecision> after,
        DateTime? wasFrom, DateTime? willFrom)
    {
        if (willFrom is null)
        {
            return wasFrom is { } cancelled ? [new OutlookChange(topic, OutlookChangeKind.PlannedStartCancelled, cancelled)] : [];
        }

        var will = ConsentOutlook.OfTopic(after, true, topic, willFrom.Value);
        if (wasFrom is null || willFrom < wasFrom)
        {
            return [new OutlookChange(topic, OutlookChangeKind.SeesFrom, willFrom, will.AllowedUntilUtc, will.DisclosesFromUtc)];
        }

        if (willFrom > wasFrom)
        {
            return [new OutlookChange(topic, OutlookChangeKind.StartDelayed, willFrom, will.AllowedUntilUtc, will.DisclosesFromUtc)];
        }

        // Same start: compare the two futures at that start.
        var was = ConsentOutlook.OfTopic(before, true, topic, willFrom.Value);
        return Continuing(topic, was, will).Select(c => c with { AtUtc = willFrom });
    }
}
