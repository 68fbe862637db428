namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// A clock the test moves by hand, forwards or back. Kept rather than Microsoft's FakeTimeProvider, which refuses to
/// go back (Advance and SetUtcNow throw): the consent model tests move one portal's clock to each generated history's
/// moment, earlier or later (docs/adr/0024).
/// </summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
