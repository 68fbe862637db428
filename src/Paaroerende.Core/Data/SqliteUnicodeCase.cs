using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Paaroerende.Core.Data;

/// <summary>
/// SQLite's own lower() and upper() change only A-Z, so a search for "kærbo" would miss "KÆRBO". This replaces them,
/// on every SQLite connection the portal opens, with .NET's case mapping, which knows æ, ø and å. PostgreSQL needs
/// nothing: its lower() follows the database's UTF-8 locale.
/// </summary>
internal sealed class SqliteUnicodeCase : DbConnectionInterceptor
{
    public static readonly SqliteUnicodeCase Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLower(CultureInfo.InvariantCulture), isDeterministic: true);
            sqlite.CreateFunction("upper", (string? text) => text?.ToUpper(CultureInfo.InvariantCulture), isDeterministic: true);
        }
    }
}
