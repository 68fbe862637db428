using System.Text.Json;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Benchmark.Fill;

/// <summary>What the load run needs to know about the filled data: who signs in, and which citizens they may open.</summary>
public sealed record Manifest(
    int Citizens, int Relatives, int Relations, IReadOnlyList<Manifest.RelativeSignIn> SampleRelatives,
    IReadOnlyList<Manifest.StaffMember> Staff, IReadOnlyList<string> MunicipalitySlugs)
{
    private const int Sample = 2_000;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public sealed record RelativeSignIn(string Email, IReadOnlyList<Guid> CitizenIds);

    public sealed record StaffMember(string Email, Guid UnitId)
    {
        public IReadOnlyList<StaffRelation> Relations { get; init; } = [];
    }

    public sealed record StaffRelation(Guid CitizenId, Guid RelationId);

    public static string RelativeEmail(int i) => $"paaroerende{i + 1}@bench.example";

    internal static Manifest From(
        List<Citizen> citizens, List<Person> people, List<PortalUser> users, List<Relation> relations,
        IReadOnlyList<StaffMember> staff, IReadOnlyList<string> slugs)
    {
        var byPerson = relations.ToLookup(r => r.PersonId, r => r.CitizenId);
        var step = Math.Max(1, people.Count / Sample);
        var sample = people.Where((_, i) => i % step == 0).Take(Sample)
            .Select(p => new RelativeSignIn(p.Email!, byPerson[p.Id].ToList())).ToList();
        var unitOf = citizens.ToDictionary(c => c.Id, c => c.UnitId);
        var withRelations = staff.Select(s => s with
        {
            Relations = relations.Where(r => unitOf[r.CitizenId] == s.UnitId).Select(r => new StaffRelation(r.CitizenId, r.Id)).ToList(),
        }).ToList();
        return new Manifest(citizens.Count, users.Count, relations.Count, sample, withRelations, slugs);
    }

    public async Task SaveAsync(string path) => await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json));

    public static async Task<Manifest> LoadAsync(string path) =>
        JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(path), Json)
        ?? throw new InvalidOperationException($"{path} holds no manifest.");
}
