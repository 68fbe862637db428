using System.Threading.RateLimiting;
using Paaroerende.Core.RateLimiting;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// One client address's limit on one kind of form, held across every instance of the portal (ADR 0040). This
/// instance's own fixed window answers first, so posts beyond the limit never reach the database; a post within it is
/// counted in the database's window (aligned to the clock, the same on every instance), which has the last word.
/// </summary>
internal sealed class SharedWindowRateLimiter(
    string key, WindowLimit limit, IServiceScopeFactory scopes, TimeProvider clock) : RateLimiter
{
    private readonly FixedWindowRateLimiter _local = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    public override TimeSpan? IdleDuration => _local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    /// <summary>Never grants without the shared count: the middleware then asks <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => SharedLease.Refused(null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        using var local = _local.AttemptAcquire(permitCount);
        var windowSeconds = Math.Max(1, (long)limit.Window.TotalSeconds);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var windowStart = now - (now % windowSeconds);
        var retryAfter = TimeSpan.FromSeconds(windowStart + windowSeconds - now);
        if (!local.IsAcquired)
        {
            return SharedLease.Refused(local.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : retryAfter);
        }

        await using var scope = scopes.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<SharedRateLimitCounter>()
            .CountAsync(key, windowStart, cancellationToken);
        return count <= limit.PermitLimit ? SharedLease.Granted : SharedLease.Refused(retryAfter);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _local.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class SharedLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly SharedLease Granted = new(true, null);

        public static SharedLease Refused(TimeSpan? retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
