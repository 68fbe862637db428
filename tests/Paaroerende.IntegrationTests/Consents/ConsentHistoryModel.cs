using Paaroerende.Core.Consents;

namespace Paaroerende.IntegrationTests.Consents;

// The generated world: two citizens, two relatives, times in 12-hour slots from T0 so boundaries are hit often.
public sealed record RelationSpec(int Citizen, int Person, int RecordedAt, int? EndedAt);

public sealed record ConsentSpec(
    int Relation, ConsentTopic Topic, ConsentLevel Level, ConsentBasis Basis, int RecordedAt, int ValidFrom, int? ValidUntil);

public sealed record Question(int Person, int Citizen, ConsentTopic Topic, int At);

public sealed record History(RelationSpec[] Relations, ConsentSpec[] Consents, Question[] Questions)
{
    /// <summary>A decision line has one record per instant (the recorder guarantees it; the database enforces it).</summary>
    public History Normalized() => this with
    {
        Consents = Consents
            .Where(c => c.Relation < Relations.Length)
            .DistinctBy(c => (c.Relation, c.Topic, c.Basis, c.RecordedAt))
            .ToArray(),
    };

    public override string ToString() =>
        $"relations: [{string.Join("; ", Relations.Select((r, i) => $"#{i} {r}"))}] consents: [{string.Join("; ", Consents.Select(c => c.ToString()))}]";
}

/// <summary>
/// The rules of docs/consent.md written again, as plainly as possible and without the database, so the gate can be
/// checked against something it shares no code with.
/// </summary>
public static class ReferenceModel
{
    public static bool Allows(History history, int person, int citizen, ConsentTopic topic, int at)
    {
        var activeRelations = Enumerable.Range(0, history.Relations.Length)
            .Where(i => history.Relations[i] is var r && r.Person == person && r.Citizen == citizen
                && r.RecordedAt <= at && (r.EndedAt is null || r.EndedAt > at))
            .ToHashSet();
        if (activeRelations.Count == 0)
        {
            return false;
        }

        var inForce = new List<ConsentLevel>();
        var lines = history.Consents
            .Where(c => activeRelations.Contains(c.Relation) && c.Topic == topic && c.RecordedAt <= at)
            .GroupBy(c => (c.Relation, c.Basis));
        foreach (var line in lines)
        {
            var newest = line.OrderBy(c => c.RecordedAt).Last();
            if (newest.ValidFrom <= at && (newest.ValidUntil is null || newest.ValidUntil > at))
            {
                inForce.Add(newest.Level);
            }
        }

        if (inForce.Contains(ConsentLevel.KeptOut))
        {
            return false;
        }

        return inForce.Contains(ConsentLevel.Informed) || inForce.Contains(ConsentLevel.Involved);
    }

    public static HashSet<ConsentTopic> AllowedTopics(History history, int person, int citizen, int at) =>
        Enum.GetValues<ConsentTopic>().Where(t => Allows(history, person, citizen, t, at)).ToHashSet();

    public static bool HasActiveRelation(History history, int person, int citizen, int at) =>
        history.Relations.Any(r => r.Person == person && r.Citizen == citizen
            && r.RecordedAt <= at && (r.EndedAt is null || r.EndedAt > at));
}
