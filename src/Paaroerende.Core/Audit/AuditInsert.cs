using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Audit;

/// <summary>
/// One multi-row INSERT for a batch of audit entries, in SQL both providers accept. Values travel as parameters typed
/// by EF's own mappings (so a Guid is stored exactly as the model stores it); a missing value is the literal NULL,
/// which needs no parameter type. Enums are stored as their names, as the model does.
/// </summary>
internal static class AuditInsert
{
    internal const string Columns =
        "\"Id\", \"Action\", \"ActorUserId\", \"CitizenId\", \"Detail\", \"OccurredAtUtc\", \"Outcome\", \"PersonId\", \"RelationId\", \"Topic\", \"ItemId\"";

    /// <summary>The CLR type of each of <see cref="Columns"/>, in their order (a value of <see cref="ValuesOf"/> may be null).</summary>
    internal static readonly Type[] ColumnTypes =
    [
        typeof(Guid), typeof(string), typeof(string), typeof(Guid), typeof(string), typeof(DateTime), typeof(string),
        typeof(Guid), typeof(Guid), typeof(string), typeof(Guid),
    ];

    /// <summary>An entry's values in the order of <see cref="Columns"/>, enums by name as the model stores them.</summary>
    internal static object?[] ValuesOf(AuditEntry e) =>
    [
        e.Id, e.Action.ToString(), e.ActorUserId, e.CitizenId, e.Detail, e.OccurredAtUtc, e.Outcome.ToString(),
        e.PersonId, e.RelationId, e.Topic?.ToString(), e.ItemId,
    ];

    public static Task<int> InsertAsync(PortalDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("INSERT INTO \"AuditEntries\" (").Append(Columns).Append(") VALUES ");
        var parameters = new List<object>();
        for (var i = 0; i < entries.Count; i++)
        {
            var values = ValuesOf(entries[i]);
            sql.Append(i == 0 ? "(" : ", (");
            for (var v = 0; v < values.Length; v++)
            {
                sql.Append(v == 0 ? "" : ", ");
                if (values[v] is { } value)
                {
                    sql.Append('{').Append(parameters.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
                    parameters.Add(value);
                }
                else
                {
                    sql.Append("NULL");
                }
            }

            sql.Append(')');
        }

        return db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }
}
