using Npgsql;

namespace Paaroerende.Core.Data;

/// <summary>
/// The pages' connections to PostgreSQL as a pool of a fixed size, unless the operator's connection string sets a pool
/// size of its own (docs/adr/0054). Npgsql's default (up to 100, none kept through a quiet spell) made a burst after a
/// quiet spell open dozens of connections at once, each taking about 0.3 s to make while the burst went on; the
/// requests queued behind them for seconds (docs/performance.md, "Attachments the benchmark did not have, …").
/// </summary>
public static class SteadyConnectionPool
{
    /// <summary>
    /// Eight connections per core, at least sixteen: a page holds a connection for a few milliseconds, so this is more
    /// than one instance's cores can keep busy, and far below PostgreSQL's default of 100 connections for a few instances.
    /// </summary>
    public static int Size => Math.Max(16, 8 * Environment.ProcessorCount);

    /// <summary>
    /// The connection string with the pool's largest and smallest size both <see cref="Size"/>, so connections once made
    /// are kept (Npgsql makes them as they are first needed, not at start). Left as it is when pooling is turned off or
    /// either size is set, under any of Npgsql's names for it.
    /// </summary>
    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        // Npgsql's builder keeps keys under their canonical names, so Remove says whether the string gave a size under
        // any name ("MaxPoolSize", "Maximum Pool Size"); both are set anew below when it gave neither.
        var setsMaximum = builder.Remove("Maximum Pool Size");
        var setsMinimum = builder.Remove("Minimum Pool Size");
        if (!builder.Pooling || setsMaximum || setsMinimum)
        {
            return connectionString;
        }

        builder.MaxPoolSize = Size;
        builder.MinPoolSize = Size;
        return builder.ConnectionString;
    }
}
