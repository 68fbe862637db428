using Microsoft.Data.Sqlite;

namespace Paaroerende.Core.Data;

/// <summary>
/// One connection kept open by <see cref="SqliteStatementCache"/>, with a command per SQL text whose statements stay
/// prepared while the connection is open. Used by one query at a time: leased, then returned when its reader is disposed.
/// </summary>
internal sealed class SqliteStatementConnection : IDisposable
{
    /// <summary>The distinct reads the portal's pages use, with room to spare; the least recently used goes first.</summary>
    public const int MaxStatements = 100;

    private readonly SqliteConnection connection;
    private readonly Dictionary<string, (SqliteCommand Command, long LastUsed)> commands = new(StringComparer.Ordinal);
    private long uses;

    private SqliteStatementConnection(SqliteConnection connection) => this.connection = connection;

    public static SqliteStatementConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            SqliteUnicodeCase.Register(connection);
            connection.Open();
            SqliteWriteAhead.Apply(connection);
            return new SqliteStatementConnection(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="source"/>'s SQL with its parameters on this connection's prepared command.</summary>
    public SqliteStatementReader Execute(SqliteCommand source, SqliteStatementCache cache)
    {
        var command = CommandFor(source.CommandText, cache);
        command.CommandTimeout = source.CommandTimeout;
        command.Parameters.Clear();
        foreach (SqliteParameter parameter in source.Parameters)
        {
            command.Parameters.Add(parameter);
        }

        try
        {
            return new SqliteStatementReader(command.ExecuteReader(), command, this, cache);
        }
        catch
        {
            command.Parameters.Clear();
            throw;
        }
    }

    private SqliteCommand CommandFor(string text, SqliteStatementCache cache)
    {
        uses++;
        if (commands.TryGetValue(text, out var known))
        {
            commands[text] = (known.Command, uses);
            return known.Command;
        }

        if (commands.Count >= MaxStatements)
        {
            var oldest = commands.MinBy(c => c.Value.LastUsed);
            oldest.Value.Command.Dispose();
            commands.Remove(oldest.Key);
        }

        var command = connection.CreateCommand();
        command.CommandText = text;
        commands[text] = (command, uses);
        cache.Prepared();
        return command;
    }

    public void Dispose()
    {
        foreach (var (command, _) in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
        connection.Dispose();
    }
}
