using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Audit;

/// <summary>
/// On PostgreSQL a batch of audit entries is one INSERT of eleven arrays taken apart by <c>unnest</c>: the same text
/// for every batch, so the server parses and plans it once per connection instead of a new multi-row statement for
/// each batch size (<see cref="AuditInsert"/>, whose every variant was planned on every call), and the writer makes
/// eleven parameters instead of eleven an entry. One statement: the batch is stored whole or not at all.
/// </summary>
internal static class PostgreSqlAuditInsert
{
    private const string Sql =
        $"INSERT INTO \"AuditEntries\" ({AuditInsert.Columns}) SELECT * FROM unnest(" +
        "@id, @action, @actor, @citizen, @detail, @occurred, @outcome, @person, @relation, @topic, @item)";

    public static Task<int> InsertAsync(PortalDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(Sql,
        [
            Array("id", NpgsqlDbType.Uuid, entries.Select(e => e.Id).ToArray()),
            Array("action", NpgsqlDbType.Text, entries.Select(e => e.Action.ToString()).ToArray()),
            Array("actor", NpgsqlDbType.Text, entries.Select(e => e.ActorUserId).ToArray()),
            Array("citizen", NpgsqlDbType.Uuid, entries.Select(e => e.CitizenId).ToArray()),
            Array("detail", NpgsqlDbType.Text, entries.Select(e => e.Detail).ToArray()),
            Array("occurred", NpgsqlDbType.TimestampTz, entries.Select(e => e.OccurredAtUtc).ToArray()),
            Array("outcome", NpgsqlDbType.Text, entries.Select(e => e.Outcome.ToString()).ToArray()),
            Array("person", NpgsqlDbType.Uuid, entries.Select(e => e.PersonId).ToArray()),
            Array("relation", NpgsqlDbType.Uuid, entries.Select(e => e.RelationId).ToArray()),
            Array("topic", NpgsqlDbType.Text, entries.Select(e => e.Topic?.ToString()).ToArray()),
            Array("item", NpgsqlDbType.Uuid, entries.Select(e => e.ItemId).ToArray()),
        ], cancellationToken);

    private static NpgsqlParameter Array(string name, NpgsqlDbType elementType, System.Array values) =>
        new(name, NpgsqlDbType.Array | elementType) { Value = values };
}
