using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>A generated history written into a real database, with the ids it was given.</summary>
public sealed class StoredHistory
{
    private StoredHistory(Guid[] citizens, Guid[] people)
    {
        Citizens = citizens;
        People = people;
    }

    public Guid[] Citizens { get; }

    public Guid[] People { get; }

    public static DateTime At(int slot) => ConsentScenario.T0.AddHours(12 * slot);

    public static async Task<StoredHistory> StoreAsync(PortalDbContext db, History history, bool withUpdates = false)
    {
        var scenario = await new ConsentScenario(db).WithUnitAsync();
        var citizens = new[] { scenario.Citizen("Inger"), scenario.Citizen("Bent") };
        var people = new[] { scenario.Person("Mette"), scenario.Person("Jens") };
        var relations = history.Relations
            .Select(r => scenario.Relation(citizens[r.Citizen], people[r.Person], At(r.RecordedAt),
                r.EndedAt is null ? null : At(r.EndedAt.Value)))
            .ToArray();
        foreach (var c in history.Consents)
        {
            scenario.Consent(relations[c.Relation], c.Topic, c.Level, At(c.RecordedAt), At(c.ValidFrom),
                c.ValidUntil is null ? null : At(c.ValidUntil.Value), c.Basis);
        }

        if (withUpdates)
        {
            foreach (var citizen in citizens)
            {
                foreach (var topic in Enum.GetValues<Core.Consents.ConsentTopic>())
                {
                    scenario.Update(citizen, topic, ConsentScenario.T0.AddHours(-1), $"update-{topic}");
                }
            }
        }

        await scenario.SaveAsync();
        db.ChangeTracker.Clear();
        return new StoredHistory(citizens, people);
    }
}
