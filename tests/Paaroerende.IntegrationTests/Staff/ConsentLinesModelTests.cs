using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Consents;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// The staff pages show decisions through <see cref="ConsentLines"/> rather than the gate. Over random histories, the
/// topics those lines allow (active relation, in force, kept out wins) must be exactly what the reference model allows.
/// </summary>
public class ConsentLinesModelTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private const int Histories = 100;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_lines_staff_see_allow_exactly_what_the_reference_model_allows(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var checkedCases = 0;

        var property = Prop.ForAll(HistoryGenerators.Histories.ToArbitrary(), history =>
        {
            var disagreements = Task.Run(() => DisagreementsAsync(db, history)).GetAwaiter().GetResult();
            Interlocked.Add(ref checkedCases, 10);
            return disagreements.Count == 0 ? true : throw new InvalidOperationException(string.Join("\n", disagreements) + "\n" + history);
        });
        await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(Histories).WithEndSize(20), property));

        Assert.Equal(Histories * 10, checkedCases);
    }

    private static async Task<List<string>> DisagreementsAsync(PortalDbContext db, History history)
    {
        var stored = await StoredHistory.StoreAsync(db, history);
        var disagreements = new List<string>();
        foreach (var q in history.Questions.Take(10))
        {
            var (person, citizen, at) = (stored.People[q.Person], stored.Citizens[q.Citizen], StoredHistory.At(q.At));
            var lines = await db.ConsentRecords
                .Where(c => c.Relation!.PersonId == person && c.Relation.CitizenId == citizen
                    && c.Relation.RecordedAtUtc <= at && (c.Relation.EndedAtUtc == null || c.Relation.EndedAtUtc > at))
                .NewestOfLineAt(at)
                .Select(c => new { c.Topic, c.Level, c.ValidFromUtc, c.ValidUntilUtc })
                .ToListAsync();
            var inForce = lines.Where(l => ConsentRule.Covers(l.ValidFromUtc, l.ValidUntilUtc, at)).ToList();
            var allowed = inForce
                .Where(l => l.Level is ConsentLevel.Informed or ConsentLevel.Involved)
                .Where(l => !inForce.Any(k => k.Topic == l.Topic && k.Level == ConsentLevel.KeptOut))
                .Select(l => l.Topic)
                .ToHashSet();

            var expected = ReferenceModel.AllowedTopics(history, q.Person, q.Citizen, q.At);
            if (!allowed.SetEquals(expected))
            {
                disagreements.Add($"{q}: lines allow {string.Join(",", allowed)}, model {string.Join(",", expected)}");
            }
        }

        return disagreements;
    }
}
