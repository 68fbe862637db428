using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>
/// Model-based check of the gate's history path ("what was in force at t"): random histories of relations, consents,
/// changes, withdrawals, expiries, kept-out records, explicit disclosure starts and updates published all through the
/// history, and random questions at any moment, answered by the gate (in SQL) and by <see cref="ReferenceModel"/>.
/// 200 histories × 50 questions = 10,000 checked cases per database; any disagreement fails with the history.
/// </summary>
public class ConsentGateModelTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private const int Histories = 200;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_gate_agrees_with_the_reference_model_on_10000_random_questions(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var gate = new ConsentGate(db);
        var checkedCases = 0;

        var property = Prop.ForAll(HistoryGenerators.Histories.ToArbitrary(), history =>
        {
            var disagreements = Task.Run(() => DisagreementsAsync(db, gate, history)).GetAwaiter().GetResult();
            Interlocked.Add(ref checkedCases, history.Questions.Length);
            return disagreements.Count == 0 ? true : throw new InvalidOperationException(string.Join("\n", disagreements));
        });
        await ModelRounds.CheckUntilEnoughAsync(property, Histories, () => Volatile.Read(ref checkedCases));

        Assert.True(checkedCases >= ModelRounds.MinimumCases, $"only {checkedCases} cases were checked");
    }

    private static async Task<List<string>> DisagreementsAsync(
        Core.Data.PortalDbContext db, ConsentGate gate, History history)
    {
        var stored = await StoredHistory.StoreAsync(db, history);
        var disagreements = new List<string>();
        foreach (var q in history.Questions)
        {
            var (person, citizen, at) = (stored.People[q.Person], stored.Citizens[q.Citizen], StoredHistory.At(q.At));
            var expected = ReferenceModel.Allows(history, q.Person, q.Citizen, q.Topic, q.At);
            var decision = await gate.DecideAsync(person, citizen, q.Topic, at);
            if (decision.Allowed != expected)
            {
                disagreements.Add($"{q}: gate {decision}, model {expected}; {history}");
            }

            var relations = gate.ActiveRelations(person, at).Where(r => r.CitizenId == citizen);
            var topics = (await gate.AllowedTopicsAsOf(relations, at).Select(t => t.Topic).ToListAsync()).ToHashSet();
            if (!topics.SetEquals(ReferenceModel.AllowedTopics(history, q.Person, q.Citizen, q.At)))
            {
                disagreements.Add($"{q}: gate topics {string.Join(",", topics)}; {history}");
            }

            var updates = (await gate.VisibleUpdatesAsOf(relations, at).Select(u => u.Id).ToListAsync()).ToHashSet();
            var expectedUpdates = ReferenceModel.VisibleUpdates(history, q.Person, q.Citizen, q.At).Select(i => stored.Updates[i]);
            if (!updates.SetEquals(expectedUpdates))
            {
                disagreements.Add($"{q}: gate shows {updates.Count} updates, model {expectedUpdates.Count()}; {history}");
            }
        }

        return disagreements;
    }
}
