using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>
/// The current-access table against the history and the reference model: random histories are played step by step,
/// each consent record and each relation end saved on its own as the portal would, and after every step questions about
/// that moment or later are answered from the table (what relatives' pages read), from the history, and by
/// <see cref="ReferenceModel"/> over what was known then. All three must agree on the allowed topics and on exactly
/// which updates are disclosed; at the end, rebuilding the table from the history must give the same rows.
/// A case is one topic decision compared three ways (every question compares all seven topics and the updates);
/// at least 10,000 per database.
/// </summary>
public class CurrentConsentModelTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private const int Histories = 150;
    private const int QuestionsPerStep = 3;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task After_every_step_the_table_the_history_and_the_model_agree(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var checkedCases = 0;

        var property = Prop.ForAll(HistoryGenerators.Histories.ToArbitrary(), history =>
        {
            var (problems, cases) = Task.Run(() => PlayAsync(db, history)).GetAwaiter().GetResult();
            Interlocked.Add(ref checkedCases, cases);
            return problems.Count == 0 ? true : throw new InvalidOperationException(string.Join("\n", problems.Take(5)));
        });
        await ModelRounds.CheckUntilEnoughAsync(property, Histories, () => Volatile.Read(ref checkedCases));

        Assert.True(checkedCases >= ModelRounds.MinimumCases, $"only {checkedCases} cases were checked");
    }

    private static async Task<(List<string> Problems, int Cases)> PlayAsync(PortalDbContext db, History history)
    {
        var gate = new ConsentGate(db);
        var stored = await StoredHistory.StoreAsync(db, history with { Consents = [], Relations = [.. history.Relations.Select(r => r with { EndedAt = null })] });
        var relationIds = await db.Relations.Where(r => stored.People.Contains(r.PersonId))
            .OrderBy(r => r.RecordedAtUtc).Select(r => r.Id).ToListAsync();
        var relations = await RelationIdsInHistoryOrderAsync(db, stored, history);
        var problems = new List<string>();
        var cases = 0;
        var slots = history.Consents.Select(c => c.RecordedAt)
            .Concat(history.Relations.Where(r => r.EndedAt is not null).Select(r => r.EndedAt!.Value))
            .Distinct().Order();
        foreach (var slot in slots)
        {
            await ApplySlotAsync(db, history, relations, slot);
            var known = history.KnownAt(slot);
            foreach (var (q, i) in history.Questions.Take(QuestionsPerStep).Select((q, i) => (q, i)))
            {
                var at = Math.Max(q.At, slot);
                problems.AddRange(await CompareAsync(gate, stored, known, q with { At = at }, withOutlook: i == 0));
                cases += Enum.GetValues<ConsentTopic>().Length;
            }
        }

        problems.AddRange(await RebuildChangesNothingAsync(db, relationIds));
        return (problems, cases);
    }

    private static async Task ApplySlotAsync(PortalDbContext db, History history, Guid[] relations, int slot)
    {
        var scenario = new ConsentScenario(db);
        foreach (var c in history.Consents.Where(c => c.RecordedAt == slot))
        {
            scenario.Consent(relations[c.Relation], c.Topic, c.Level, StoredHistory.At(c.RecordedAt), StoredHistory.At(c.ValidFrom),
                c.ValidUntil is null ? null : StoredHistory.At(c.ValidUntil.Value), c.Basis,
                c.DisclosesFrom is null ? null : StoredHistory.At(c.DisclosesFrom.Value));
            await scenario.SaveAsync();
        }

        foreach (var index in Enumerable.Range(0, history.Relations.Length).Where(i => history.Relations[i].EndedAt == slot))
        {
            var relation = await db.Relations.SingleAsync(r => r.Id == relations[index]);
            relation.EndedAtUtc = StoredHistory.At(slot);
            relation.EndedBy = Core.Relatives.RelationEndedBy.Citizen;
            await db.SaveChangesAsync();
        }

        db.ChangeTracker.Clear();
    }

    private static async Task<List<string>> CompareAsync(
        ConsentGate gate, StoredHistory stored, History known, Question q, bool withOutlook)
    {
        var (person, citizen, at) = (stored.People[q.Person], stored.Citizens[q.Citizen], StoredHistory.At(q.At));
        var relations = gate.ActiveRelations(person, at).Where(r => r.CitizenId == citizen);
        var fromTable = (await gate.AllowedTopicsOn(relations, at).Select(t => t.Topic).ToListAsync()).ToHashSet();
        var fromHistory = (await gate.AllowedTopicsAsOf(relations, at).Select(t => t.Topic).ToListAsync()).ToHashSet();
        var model = ReferenceModel.AllowedTopics(known, q.Person, q.Citizen, q.At);
        var updatesFromTable = (await gate.VisibleUpdatesOn(relations, at).Select(u => u.Id).ToListAsync()).ToHashSet();
        var updatesFromHistory = (await gate.VisibleUpdatesAsOf(relations, at).Select(u => u.Id).ToListAsync()).ToHashSet();
        var updatesModel = ReferenceModel.VisibleUpdates(known, q.Person, q.Citizen, q.At).Select(i => stored.Updates[i]).ToHashSet();
        var outlook = withOutlook
            ? (await gate.OutlookAsync(person, citizen, at)).Where(o => o.Allowed).Select(o => o.Topic).ToHashSet()
            : model;

        List<string> problems = [];
        if (!fromTable.SetEquals(model) || !fromHistory.SetEquals(model) || !outlook.SetEquals(model))
        {
            problems.Add($"{q}: table [{string.Join(",", fromTable)}] history [{string.Join(",", fromHistory)}] outlook [{string.Join(",", outlook)}] model [{string.Join(",", model)}]; {known}");
        }

        if (!updatesFromTable.SetEquals(updatesModel) || !updatesFromHistory.SetEquals(updatesModel))
        {
            problems.Add($"{q}: updates table {updatesFromTable.Count}, history {updatesFromHistory.Count}, model {updatesModel.Count}; {known}");
        }

        return problems;
    }

    private static async Task<Guid[]> RelationIdsInHistoryOrderAsync(PortalDbContext db, StoredHistory stored, History history)
    {
        // StoredHistory adds the relations in the history's order; each one is found again by its person, citizen and time.
        var ids = new Guid[history.Relations.Length];
        var taken = new HashSet<Guid>();
        for (var i = 0; i < ids.Length; i++)
        {
            var spec = history.Relations[i];
            var (person, citizen, recordedAt) = (stored.People[spec.Person], stored.Citizens[spec.Citizen], StoredHistory.At(spec.RecordedAt));
            var candidates = await db.Relations
                .Where(r => r.PersonId == person && r.CitizenId == citizen && r.RecordedAtUtc == recordedAt)
                .Select(r => r.Id).ToListAsync();
            ids[i] = candidates.First(id => taken.Add(id));
        }

        return ids;
    }

    private static async Task<List<string>> RebuildChangesNothingAsync(PortalDbContext db, List<Guid> relationIds)
    {
        var before = await SnapshotAsync(db, relationIds);
        await new CurrentConsentRebuild(db).RunAsync();
        var after = await SnapshotAsync(db, relationIds);
        return before.SequenceEqual(after) ? [] : [$"rebuild changed the table: {before.Count} rows before, {after.Count} after"];
    }

    private static async Task<List<string>> SnapshotAsync(PortalDbContext db, List<Guid> relationIds) =>
        (await db.CurrentConsents.AsNoTracking().Where(c => relationIds.Contains(c.RelationId)).ToListAsync())
        .Select(c => $"{c.RelationId}|{c.Topic}|{c.Basis}|{c.Level}|{c.ValidFromUtc:O}|{c.ValidUntilUtc:O}|{c.DisclosesFromUtc:O}|{c.RecordId}")
        .Order()
        .ToList();
}
