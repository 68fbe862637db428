using Microsoft.Extensions.Localization;
using Paaroerende.Core.Consents;
using Paaroerende.Web.Localization;

namespace Paaroerende.Web.Consents;

/// <summary>One sentence of a change preview, with the change it tells about.</summary>
public sealed record ChangeSentence(OutlookChange Change, string Text);

/// <summary>
/// Says in plain words what a change means for the relative ("Jens kan ikke længere se Medicin fra i dag"). Ends are
/// said inclusive ("til og med 28. februar"), as every form and page shows them.
/// </summary>
public static class ChangeSentences
{
    public static IReadOnlyList<ChangeSentence> Of(
        IStringLocalizer text, EnumTexts enums, string firstName, IEnumerable<OutlookChange> changes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(enums);
        ArgumentNullException.ThrowIfNull(changes);
        var sentences = new List<ChangeSentence>();
        foreach (var change in changes)
        {
            var topic = enums[change.Topic];
            string Say(string key, params object[] more) => text[key, [firstName, topic, .. more]].Value;
            string Day(DateTime? utc) => utc is { } u ? DanishTime.FormatDate(u) : "";
            string LastDay(DateTime? utc) => utc is { } u ? DanishTime.FormatLastDay(u) : "";

            sentences.Add(new ChangeSentence(change, change.Kind switch
            {
                OutlookChangeKind.SeesFromNow when change.UntilUtc is not null => Say("Change_SeesFromNowUntil", LastDay(change.UntilUtc)),
                OutlookChangeKind.SeesFromNow => Say("Change_SeesFromNow"),
                OutlookChangeKind.SeesFrom when change.UntilUtc is not null => Say("Change_SeesFromUntil", Day(change.AtUtc), LastDay(change.UntilUtc)),
                OutlookChangeKind.SeesFrom => Say("Change_SeesFrom", Day(change.AtUtc)),
                OutlookChangeKind.NoLongerSees => Say("Change_NoLongerSees"),
                OutlookChangeKind.PausedUntil => Say("Change_PausedUntil", Day(change.AtUtc)),
                OutlookChangeKind.PlannedStartCancelled => Say("Change_PlannedStartCancelled", Day(change.AtUtc)),
                OutlookChangeKind.StartDelayed => Say("Change_StartDelayed", Day(change.AtUtc)),
                OutlookChangeKind.EndsSooner => Say("Change_Until", LastDay(change.UntilUtc)),
                OutlookChangeKind.LastsLonger when change.UntilUtc is not null => Say("Change_Until", LastDay(change.UntilUtc)),
                OutlookChangeKind.LastsLonger => Say("Change_NoEnd"),
                OutlookChangeKind.MoreUpdates => Say("Change_UpdatesFrom", Day(change.DisclosesFromUtc)),
                OutlookChangeKind.FewerUpdates => Say("Change_OnlyUpdatesFrom", Day(change.DisclosesFromUtc)),
                _ => throw new ArgumentOutOfRangeException(nameof(changes), change.Kind, null),
            }));

            // A start also says from when the relative sees the topic's updates: by default those published from the start.
            if (change.Kind is OutlookChangeKind.SeesFromNow or OutlookChangeKind.SeesFrom or OutlookChangeKind.StartDelayed
                && change.DisclosesFromUtc is { } disclosed)
            {
                sentences.Add(new ChangeSentence(change with { Kind = OutlookChangeKind.MoreUpdates }, Say("Change_UpdatesFrom", Day(disclosed))));
            }
        }

        return sentences;
    }
}

/// <summary>What the confirmation step shows: the sentences, and whether the data changed since the last preview.</summary>
public sealed record ChangePreviewView(string FirstName, IReadOnlyList<ChangeSentence> Sentences, bool DataChanged);
