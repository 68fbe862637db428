namespace Paaroerende.Core.RateLimiting;

/// <summary>
/// How many posts one client address has made to one kind of form in one fixed window, counted in the database so
/// every instance of the portal counts against the same limit (ADR 0040). The key holds a hash of the address, never
/// the address; rows are deleted a day after their window by the retention job.
/// </summary>
public class RateLimitWindow
{
    public required string Key { get; set; }

    /// <summary>The window's start in seconds since 1970 (UTC), a multiple of the window's length.</summary>
    public long WindowStart { get; set; }

    public int Count { get; set; }
}
