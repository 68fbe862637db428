using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Paaroerende.Core.Data;

/// <summary>
/// SQLite's own lower() and upper() change only A-Z, so a search for "kærbo" would miss "KÆRBO". This replaces them,
/// on every SQLite connection the portal creates, with .NET's case mapping, which knows æ, ø and å. PostgreSQL needs
/// nothing: its lower() follows the database's UTF-8 locale.
/// </summary>
/// <remarks>
/// Registered once, when EF creates the connection object, not on every open: Microsoft.Data.Sqlite keeps the
/// functions and applies them itself each time the connection opens, and a request opens its connection two or three
/// times (docs/performance.md).
/// </remarks>
internal sealed class SqliteUnicodeCase : DbConnectionInterceptor
{
    public static readonly SqliteUnicodeCase Instance = new();

    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        if (result is SqliteConnection sqlite)
        {
            Register(sqlite);
        }

        return result;
    }

    /// <summary>Also for the connections <see cref="SqliteStatementCache"/> opens itself.</summary>
    public static void Register(SqliteConnection sqlite)
    {
        sqlite.CreateFunction("lower", (string? text) => text?.ToLower(CultureInfo.InvariantCulture), isDeterministic: true);
        sqlite.CreateFunction("upper", (string? text) => text?.ToUpper(CultureInfo.InvariantCulture), isDeterministic: true);
    }
}
