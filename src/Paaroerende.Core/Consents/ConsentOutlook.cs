namespace Paaroerende.Core.Consents;

/// <summary>
/// One topic as the gate sees it for one person and citizen: allowed now or not, and why; when a coming change starts
/// or ends the access. Worked out from the person's line decisions with the gate's own rule
/// (<see cref="ConsentRule.FirstAllowedAmong"/>, its in-memory form), so what a page explains cannot differ from what the gate does.
/// </summary>
public sealed record TopicOutlook(
    ConsentTopic Topic,
    bool Allowed,
    ConsentLevel Level,
    ConsentReason Reason,
    DateTime? DisclosesFromUtc,
    DateTime? AllowedFromUtc,
    DateTime? AllowedUntilUtc)
{
    /// <summary>Not allowed now, but allowed from a later moment that is already decided.</summary>
    public bool StartsLater => !Allowed && AllowedFromUtc is not null;
}

public static class ConsentOutlook
{
    /// <summary>
    /// Every topic for one person and citizen at the moment. <paramref name="lines"/> are the decisions of all the person's
    /// active relations to the citizen (current or as of the moment); with none, the reason is no active relation.
    /// </summary>
    public static IReadOnlyList<TopicOutlook> Of(IReadOnlyCollection<LineDecision> lines, bool relationActive, DateTime atUtc) =>
        [.. Enum.GetValues<ConsentTopic>().Select(topic => OfTopic(lines, relationActive, topic, atUtc))];

    public static TopicOutlook OfTopic(IReadOnlyCollection<LineDecision> lines, bool relationActive, ConsentTopic topic, DateTime atUtc)
    {
        if (!relationActive)
        {
            return new TopicOutlook(topic, false, ConsentLevel.None, ConsentReason.NoActiveRelation, null, null, null);
        }

        var onTopic = lines.Where(l => l.Topic == topic).ToList();
        var allowed = ConsentRule.FirstAllowedAmong(onTopic, atUtc);
        var breakpoints = onTopic.SelectMany(l => new[] { l.ValidFromUtc, l.ValidUntilUtc ?? DateTime.MinValue })
            .Where(t => t > atUtc).Distinct().Order().ToList();
        if (allowed is not null)
        {
            var until = breakpoints.Cast<DateTime?>().FirstOrDefault(t => ConsentRule.FirstAllowedAmong(onTopic, t!.Value) is null);
            var level = onTopic.Where(l => ConsentRule.Covers(l.ValidFromUtc, l.ValidUntilUtc, atUtc) && ConsentRule.Grants(l.Level))
                .Max(l => l.Level);
            return new TopicOutlook(topic, true, level, ConsentReason.Granted, allowed.DisclosesFromUtc, null, until);
        }

        var from = breakpoints.Cast<DateTime?>().FirstOrDefault(t => ConsentRule.FirstAllowedAmong(onTopic, t!.Value) is not null);
        return new TopicOutlook(topic, false, ConsentLevel.None, DenialReason(onTopic, atUtc), null, from, null);
    }

    private static ConsentReason DenialReason(List<LineDecision> onTopic, DateTime atUtc)
    {
        var inForce = onTopic.Where(l => ConsentRule.Covers(l.ValidFromUtc, l.ValidUntilUtc, atUtc)).ToList();
        return onTopic switch
        {
            [] => ConsentReason.NoConsent,
            _ when inForce.Any(l => l.Level == ConsentLevel.KeptOut) => ConsentReason.KeptOut,
            _ when inForce.Count == 0 && onTopic.Any(l => l.ValidUntilUtc <= atUtc) => ConsentReason.Expired,
            _ when inForce.Count == 0 && onTopic.Any(l => l.ValidFromUtc > atUtc) => ConsentReason.NotYetValid,
            _ => ConsentReason.Withdrawn,
        };
    }
}
