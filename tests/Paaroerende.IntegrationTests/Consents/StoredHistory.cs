using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>A generated history written into a real database, with the ids it was given.</summary>
public sealed class StoredHistory
{
    private StoredHistory(Guid[] citizens, Guid[] people, Guid[] updates, Guid[] threads, Guid[] meetings)
    {
        Meetings = meetings;
        Citizens = citizens;
        People = people;
        Updates = updates;
        Threads = threads;
    }

    public Guid[] Citizens { get; }

    public Guid[] People { get; }

    /// <summary>The ids of the history's updates, by their index in <see cref="History.Updates"/>.</summary>
    public Guid[] Updates { get; }

    /// <summary>The ids of the history's message threads, by their index in <see cref="History.Threads"/>.</summary>
    public Guid[] Threads { get; }

    /// <summary>The ids of the history's meetings, by their index in <see cref="History.Meetings"/>.</summary>
    public Guid[] Meetings { get; }

    /// <summary>An update's title names its slot and topic, so a page's list can be matched against the model.</summary>
    public static string UpdateTitle(UpdateSpec update) => $"u-{update.Citizen}-{update.Topic}-{update.PublishedAt}";

    public static DateTime At(int slot) => ConsentScenario.T0.AddHours(12 * slot);

    public static async Task<StoredHistory> StoreAsync(PortalDbContext db, History history)
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
                c.ValidUntil is null ? null : At(c.ValidUntil.Value), c.Basis,
                c.DisclosesFrom is null ? null : At(c.DisclosesFrom.Value));
        }

        var updates = history.Updates
            .Select(u => scenario.Update(citizens[u.Citizen], u.Topic, At(u.PublishedAt), UpdateTitle(u), u.Withdrawn))
            .ToArray();

        var threads = history.Threads
            .Select(t => history.Relations[t.Relation] is var r
                ? scenario.Thread(relations[t.Relation], citizens[r.Citizen], people[r.Person], t.Topic, At(r.RecordedAt))
                : Guid.Empty)
            .ToArray();

        // Meetings lie after every question's moment, so the calendar (which lists coming meetings) shows each one the gate allows.
        var meetings = history.Meetings
            .Select(m => history.Relations[m.Relation] is var r
                ? scenario.Meeting(relations[m.Relation], citizens[r.Citizen], people[r.Person], m.Topic, At(400), m.Cancelled)
                : Guid.Empty)
            .ToArray();

        await scenario.SaveAsync();
        db.ChangeTracker.Clear();
        return new StoredHistory(citizens, people, updates, threads, meetings);
    }
}
