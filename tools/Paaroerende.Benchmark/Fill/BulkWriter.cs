using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Paaroerende.Core.Data;

namespace Paaroerende.Benchmark.Fill;

/// <summary>
/// Writes many rows of one entity type fast, with the columns and value conversions taken from the product's own EF
/// model (so enums land as names and Guids as the model stores them): prepared INSERTs in big transactions on SQLite,
/// binary COPY on PostgreSQL.
/// </summary>
internal abstract class BulkWriter : IAsyncDisposable
{
    public static BulkWriter Open(DatabaseSettings settings, IModel model) => settings.Provider switch
    {
        DatabaseRegistration.SqliteProvider => new SqliteBulkWriter(settings.ConnectionString, model),
        DatabaseRegistration.PostgreSqlProvider => new PostgresBulkWriter(settings.ConnectionString, model),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown provider."),
    };

    /// <summary>Writes the rows and reports each written row to <paramref name="progress"/>.</summary>
    public abstract Task WriteAsync<T>(IEnumerable<T> rows, Action<int> progress, CancellationToken ct = default)
        where T : class;

    public abstract ValueTask DisposeAsync();

    protected static (string Table, IReadOnlyList<IProperty> Columns) Describe(IModel model, Type type)
    {
        var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.GetColumnName(store) is not null && !p.IsShadowProperty()).ToList();
        return (table, columns);
    }

    protected static object? ProviderValue(IProperty property, object entity)
    {
        var value = property.GetGetter().GetClrValue(entity);
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }

    protected static string Column(IProperty property)
    {
        var entity = property.DeclaringType.ContainingEntityType;
        return property.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!;
    }
}

internal sealed class SqliteBulkWriter(string connectionString, IModel model) : BulkWriter
{
    private const int RowsPerTransaction = 50_000;
    private readonly SqliteConnection _connection = Opened(connectionString);

    private static SqliteConnection Opened(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // The generated rows are consistent by construction, and people and their sign-ins point at each other, so
        // foreign keys are not checked row by row while loading.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    public override async Task WriteAsync<T>(IEnumerable<T> rows, Action<int> progress, CancellationToken ct = default)
    {
        var (table, columns) = Describe(model, typeof(T));
        var names = string.Join(", ", columns.Select(c => $"\"{Column(c)}\""));
        var values = string.Join(", ", columns.Select((_, i) => $"$p{i}"));
        using var enumerator = rows.GetEnumerator();
        var more = true;
        while (more)
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
            await using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({values})";
            var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
            command.Prepare();
            var written = 0;
            while (written < RowsPerTransaction && (more = enumerator.MoveNext()))
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[i].Value = ToSqlite(ProviderValue(columns[i], enumerator.Current));
                }

                await command.ExecuteNonQueryAsync(ct);
                written++;
            }

            await transaction.CommitAsync(ct);
            progress(written);
        }
    }

    /// <summary>As EF's SQLite mappings store them: Guids as upper-case text, instants as ISO text.</summary>
    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid guid => guid.ToString().ToUpperInvariant(),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        _ => value,
    };

    public override async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}

internal sealed class PostgresBulkWriter(string connectionString, IModel model) : BulkWriter
{
    private const int RowsPerReport = 10_000;
    private readonly NpgsqlConnection _connection = Opened(connectionString);

    private static NpgsqlConnection Opened(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();

        // As on SQLite: no foreign-key triggers while loading consistent rows (needs the throwaway cluster's superuser).
        using var replica = new NpgsqlCommand("SET session_replication_role = replica", connection);
        replica.ExecuteNonQuery();
        return connection;
    }

    public override async Task WriteAsync<T>(IEnumerable<T> rows, Action<int> progress, CancellationToken ct = default)
    {
        var (table, columns) = Describe(model, typeof(T));
        var names = string.Join(", ", columns.Select(c => $"\"{Column(c)}\""));
        await using var importer = await _connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
        var written = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                var value = ProviderValue(column, row);
                if (value is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    await importer.WriteAsync(value, StoreType(column), ct);
                }
            }

            if (++written == RowsPerReport)
            {
                progress(written);
                written = 0;
            }
        }

        await importer.CompleteAsync(ct);
        progress(written);
    }

    /// <summary>The column's PostgreSQL type without its length ("character varying(100)" is written as text).</summary>
    private static string StoreType(IProperty column)
    {
        var type = column.GetRelationalTypeMapping().StoreType;
        var facet = type.IndexOf('(', StringComparison.Ordinal);
        return facet < 0 ? type : type[..facet].Trim();
    }

    public override async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
