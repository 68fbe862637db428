namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// xunit 2 ends a class or collection fixture through <see cref="IAsyncLifetime"/> or <see cref="IDisposable"/> only; a
/// fixture that is merely <see cref="IAsyncDisposable"/> is never disposed, so its portals kept running beside the
/// later tests and its SQLite files stayed in the temporary folder after every run.
/// </summary>
public sealed class FixtureDisposalTests
{
    [Fact]
    public void Every_fixture_that_holds_something_to_dispose_is_disposed_by_xunit()
    {
        var fixtures = typeof(FixtureDisposalTests).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IClassFixture<>)
                || i.GetGenericTypeDefinition() == typeof(ICollectionFixture<>)))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct()
            .ToList();

        Assert.Contains(typeof(PortalFixture), fixtures);
        var undisposed = fixtures
            .Where(f => typeof(IAsyncDisposable).IsAssignableFrom(f)
                && !typeof(IAsyncLifetime).IsAssignableFrom(f) && !typeof(IDisposable).IsAssignableFrom(f))
            .Select(f => f.Name);
        Assert.Empty(undisposed);
    }
}
