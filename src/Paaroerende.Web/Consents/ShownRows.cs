using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Paaroerende.Core.Consents;

namespace Paaroerende.Web.Consents;

/// <summary>
/// What each topic's row of a consent form showed when the form was rendered, posted back with it (a hidden
/// "Input.Shown[topic]" per row). The forms save only the rows that differ from what is stored; without this, a form
/// opened before someone else changed the same relative's consent sent every untouched row with its old value, and
/// the save undid the other person's change without a word (a withdrawn topic given back). A save from such a form
/// is not made: the form is shown again with what is stored now and the user's own changes, and says which topics
/// changed meanwhile (<see cref="Refresh"/>).
/// </summary>
public static class ShownRows
{
    /// <summary>
    /// A row as text: level, first day and last day (ISO, empty when none). A row of no access is only its level: its
    /// days are the form's suggestion for a new grant (today), not something stored.
    /// </summary>
    public static string Key(ConsentLevel level, DateOnly? from, DateOnly? until) =>
        level == ConsentLevel.None
            ? nameof(ConsentLevel.None)
            : string.Create(CultureInfo.InvariantCulture, $"{level}|{from:yyyy-MM-dd}|{until:yyyy-MM-dd}");

    /// <summary>
    /// A fuldmagt's or værgemål's document fields as text (scope, reference, last day), each text with its length so
    /// that no two different documents give the same key. The staff form posts the one it showed, as it does the rows:
    /// an untouched field differs from what is stored when a colleague entered a new document meanwhile, and saving
    /// it would put the older document back on every topic of the basis.
    /// </summary>
    public static string DocumentKey(string? scope, string? document, DateOnly? lastDay)
    {
        var (s, d) = (scope?.Trim() ?? "", document?.Trim() ?? "");
        return string.Create(CultureInfo.InvariantCulture, $"{s.Length}:{s}|{d.Length}:{d}|{lastDay:yyyy-MM-dd}");
    }

    /// <summary>
    /// The topics whose stored row is no longer what the form showed. A form without the hidden values (sent by a
    /// client of its own) is taken to have shown what is stored.
    /// </summary>
    public static IReadOnlyList<ConsentTopic> ChangedMeanwhile(IReadOnlyDictionary<ConsentTopic, string> shown, Func<ConsentTopic, string> stored)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(stored);
        return [.. Enum.GetValues<ConsentTopic>().Where(t => shown.TryGetValue(t, out var was) && was != stored(t))];
    }

    /// <summary>
    /// Prepares the form to be shown again after <see cref="ChangedMeanwhile"/>: each row the user left as it showed
    /// takes what is stored (<paramref name="takeStored"/>, with the posted values dropped from the model state, which
    /// the fields show first), every row's shown value becomes what is stored, and the user's own changes stay.
    /// Returns the changed topics, each with whether the user had changed it too.
    /// </summary>
    public static IReadOnlyList<ChangedMeanwhileTopic> Refresh(
        IReadOnlyList<ConsentTopic> changed, Dictionary<ConsentTopic, string> shown, Func<ConsentTopic, string> stored,
        Func<ConsentTopic, bool> changedByUser, Action<ConsentTopic> takeStored, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(changedByUser);
        ArgumentNullException.ThrowIfNull(takeStored);
        ArgumentNullException.ThrowIfNull(modelState);
        var result = changed.Select(t => new ChangedMeanwhileTopic(t, changedByUser(t))).ToList();
        foreach (var topic in Enum.GetValues<ConsentTopic>())
        {
            if (!changedByUser(topic))
            {
                takeStored(topic);
                foreach (var field in new[] { "Levels", "From", "Until" })
                {
                    modelState.Remove($"Input.{field}[{topic}]");
                }
            }

            shown[topic] = stored(topic);
        }

        return result;
    }
}

/// <summary>A topic whose stored decision changed while the form was open; <paramref name="AlsoChangedByUser"/> when the user changed it too.</summary>
public sealed record ChangedMeanwhileTopic(ConsentTopic Topic, bool AlsoChangedByUser);

/// <summary>A fuldmagt's or værgemål's document changed while the staff form was open; <paramref name="AlsoChangedByUser"/> when the user changed it too.</summary>
public sealed record ChangedMeanwhileDocument(bool AlsoChangedByUser);

/// <summary>What a consent form says when a save was not made because the stored consent changed while it was open.</summary>
public sealed record ChangedMeanwhileNotice(IReadOnlyList<ChangedMeanwhileTopic> Topics, ChangedMeanwhileDocument? Document = null)
{
    public bool Any => Topics.Count > 0 || Document is not null;
}
