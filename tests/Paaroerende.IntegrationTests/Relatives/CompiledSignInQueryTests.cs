using Paaroerende.Core.Tenancy;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.Web.Relatives;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>
/// The relatives' pages compile their queries once with stand-in values that become parameters
/// (<see cref="CompiledSignInQuery{TRow}"/>). Each request must get its own values, and a value that would be baked in
/// for every request must stop the compiling.
/// </summary>
public sealed class CompiledSignInQueryTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private sealed record Echo(string Slug, string UserId, Guid CitizenId, DateTime AtUtc, int Skip);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Each_call_gets_its_own_values_also_inside_captured_sub_queries(string provider)
    {
        // Two municipalities whose slugs stand for two sign-ins: each call must find its own.
        var first = $"a-{Guid.NewGuid():N}"[..20];
        var second = $"b-{Guid.NewGuid():N}"[..20];
        await using (var setup = await databases.ContextAsync(provider))
        {
            setup.Municipalities.AddRange(
                new Municipality { Id = Guid.NewGuid(), Slug = first, Name = "Første Kommune" },
                new Municipality { Id = Guid.NewGuid(), Slug = second, Name = "Anden Kommune" });
            await setup.SaveChangesAsync();
        }

        // The sign-in reaches the query through a captured sub-query, the other values directly.
        var query = new CompiledSignInQuery<Echo>((db, _, userId, citizenId, atUtc, skip) =>
        {
            var named = db.Municipalities.Where(m => m.Slug == userId);
            return named.Select(m => new Echo(m.Slug, userId, citizenId, atUtc, skip));
        });

        await using var context = await databases.ContextAsync(provider);
        foreach (var (user, citizen, at, skip) in new[]
        {
            (first, Guid.NewGuid(), new DateTime(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc), 0),
            (second, Guid.NewGuid(), new DateTime(2027, 1, 15, 23, 30, 0, DateTimeKind.Utc), 20),
        })
        {
            var row = Assert.Single(await query.ListAsync(context, user, citizen, at, skip, CancellationToken.None));
            Assert.Equal(new Echo(user, user, citizen, at, skip), row with { AtUtc = DateTime.SpecifyKind(row.AtUtc, DateTimeKind.Utc) });
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_value_computed_from_a_stand_in_stops_the_compiling(string provider)
    {
        var query = new CompiledSignInQuery<Guid>((db, _, _, _, atUtc, _) =>
        {
            var dayBefore = atUtc.AddDays(-1); // computed once, from the stand-in: it would be the same for every request
            return db.Relations.Where(r => r.RecordedAtUtc > dayBefore).Select(r => r.Id);
        });

        await using var context = await databases.ContextAsync(provider);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => query.ListAsync(context, "someone", Guid.NewGuid(), DateTime.UtcNow, 0, CancellationToken.None));
        Assert.Contains("dayBefore", error.Message);
    }
}
