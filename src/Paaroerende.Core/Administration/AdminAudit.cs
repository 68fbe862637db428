using System.Text.Encodings.Web;
using System.Text.Json;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Administration;

/// <summary>
/// Writes the administrators' audit log. An entry is added to the pending changes and stored in the same
/// SaveChanges as the change it describes, so there is never a change without its entry, or the other way round.
/// </summary>
public sealed class AdminAudit(PortalDbContext db, TimeProvider clock)
{
    /// <summary>Danish letters stay readable in the stored JSON; it is only ever shown HTML-encoded.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Add(
        AdminActor actor, AdminEntityType entityType, string entityId, AdminAuditAction action, string summary,
        object? before, object? after)
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.AdminAuditEntries.Add(new AdminAuditEntry
        {
            Id = Guid.NewGuid(),
            MunicipalityId = actor.MunicipalityId,
            OccurredAtUtc = Instant.Now(clock),
            ActorUserId = actor.UserId,
            ActorName = Truncate(actor.Name, FieldLengths.Name),
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Summary = Truncate(summary, FieldLengths.ShortText),
            BeforeJson = before is null ? null : JsonSerializer.Serialize(before, Json),
            AfterJson = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
    }

    public void Add(
        AdminActor actor, AdminEntityType entityType, Guid entityId, AdminAuditAction action, string summary,
        object? before, object? after) =>
        Add(actor, entityType, entityId.ToString(), action, summary, before, after);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>The signed-in administrator making a change, in the municipality they administer.</summary>
public sealed record AdminActor(string UserId, string Name, Guid MunicipalityId);
