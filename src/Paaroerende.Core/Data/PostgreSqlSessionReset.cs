using Npgsql;

namespace Paaroerende.Core.Data;

/// <summary>
/// Pooled PostgreSQL connections are handed from one use to the next without Npgsql's session reset, unless the
/// operator's connection string decides it (docs/adr/0056). Npgsql resets a pooled connection whenever it is opened again
/// (<c>SET SESSION AUTHORIZATION DEFAULT; RESET ALL; CLOSE ALL; UNLISTEN *; …</c>): one more statement for the server to
/// run before every use, and the portal opens a connection two to three times a page (the account check, the page's
/// query, its audit). The benchmark's PostgreSQL spent about 0.07 ms on each of them, 0.15–0.2 ms of its CPU a page
/// (docs/performance.md).
/// </summary>
/// <remarks>
/// The reset undoes what a connection's last user left in its session: settings made with SET, cursors held open,
/// LISTEN, session advisory locks, temporary tables. The portal leaves none of them — every user of its pool is the
/// portal's own code, and <c>SessionStateTests</c> fails when a statement that would leave one is added — so
/// the reset has nothing to undo.
/// </remarks>
public static class PostgreSqlSessionReset
{
    /// <summary>The connection string with the reset left out; as it is when it names <c>No Reset On Close</c> itself.</summary>
    public static string LeftOut(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        // Npgsql's builder keeps keys under their canonical names, so Remove says whether the string gave the setting.
        if (builder.Remove("No Reset On Close"))
        {
            return connectionString;
        }

        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
