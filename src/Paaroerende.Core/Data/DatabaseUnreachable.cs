using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Paaroerende.Core.Data;

/// <summary>
/// Tells "the database cannot be used now" apart from a wrong statement or wrong data, for every provider: the first
/// passes by itself and trying again at once only adds waiting; the second is a bug to report. The web's error page
/// answers 503 for the first (docs/adr/0014); the audit writer does not retry it entry by entry (docs/adr/0050).
/// </summary>
public static class DatabaseUnreachable
{
    // SQLite result codes that mean the file cannot be used now, as opposed to a wrong statement: SQLITE_BUSY (5),
    // SQLITE_LOCKED (6), SQLITE_READONLY (8), SQLITE_IOERR (10), SQLITE_FULL (13), SQLITE_CANTOPEN (14).
    private static readonly HashSet<int> SqliteOutageCodes = [5, 6, 8, 10, 13, 14];

    // SQL Server errors that mean the server or database cannot be reached now: a timeout (-2), network errors
    // (53, 121, 233, 10053, 10054, 10060, 10061, 11001), the database not available (4060, 40613) or the service busy
    // (40197, 40501). Errors of severity 20 and above end the connection and are outages too.
    private static readonly HashSet<int> SqlServerOutageNumbers = [-2, 53, 121, 233, 4060, 10053, 10054, 10060, 10061, 11001, 40197, 40501, 40613];

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql is not PostgresException:
                case SqliteException sqlite when SqliteOutageCodes.Contains(sqlite.SqliteErrorCode):
                case SqlException sql when sql.Class >= 20 || SqlServerOutageNumbers.Contains(sql.Number):
                case SocketException:
                case TimeoutException:
                    return true;
                case DbException:
                    return false;
            }
        }

        return false;
    }
}
