using Paaroerende.Core.Tenancy;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.Web.Relatives;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>
/// The relatives' pages compile their queries once with stand-in values that become parameters
/// (<see cref="CompiledSignInQuery{TRow}"/>). Each request must get its own values, and a value that would be baked in
/// for every request must stop the compiling. The compiled query must not hold the context it was built with: contexts
/// are pooled, so by the time another request first runs the query that context belongs to someone else (CI once saw
/// two requests on a cold start use one context from two threads, which left it broken in the pool).
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

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_query_runs_on_the_context_it_is_given_not_on_the_one_that_built_it(string provider)
    {
        var slug = $"c-{Guid.NewGuid():N}"[..20];
        var municipalityId = Guid.NewGuid();
        await using (var setup = await databases.ContextAsync(provider))
        {
            setup.Municipalities.Add(new Municipality { Id = municipalityId, Slug = slug, Name = "Tredje Kommune" });
            setup.Units.Add(new Unit { Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = "Plejecenter Solhøj" });
            await setup.SaveChangesAsync();
        }

        // A sub-query inside a lambda (db.Units.Any) keeps the context it names, as the start page's queries do.
        var query = new CompiledSignInQuery<string>((db, _, userId, _, _, _) =>
            db.Municipalities.Where(m => m.Slug == userId && db.Units.Any(u => u.MunicipalityId == m.Id)).Select(m => m.Name));
        Func<Paaroerende.Core.Data.PortalDbContext, string, Guid, DateTime, int, IAsyncEnumerable<string>> compiled;
        await using (var builder = await databases.ContextAsync(provider))
        {
            compiled = query.CompiledFor(builder);
        }

        // The context that built the query is gone (a pooled one would be another request's by now); it is first run here.
        await using var context = await databases.ContextAsync(provider);
        var names = new List<string>();
        await foreach (var name in compiled(context, slug, Guid.Empty, DateTime.UtcNow, 0))
        {
            names.Add(name);
        }

        Assert.Equal(["Tredje Kommune"], names);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_query_that_holds_the_gate_itself_stops_the_compiling(string provider)
    {
        var query = new CompiledSignInQuery<Guid>((db, gate, userId, _, atUtc, _) =>
            db.Municipalities.Where(m => gate.ActiveRelationsOfUser(userId, atUtc).Any()).Select(m => m.Id));

        await using var context = await databases.ContextAsync(provider);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => query.ListAsync(context, "someone", Guid.NewGuid(), DateTime.UtcNow, 0, CancellationToken.None));
        Assert.Contains("gate", error.Message);
    }
}
