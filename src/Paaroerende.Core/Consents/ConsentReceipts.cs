using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Consents;

/// <summary>
/// Consent receipts, computed from the append-only consent records rather than stored: a receipt of a relation at a
/// moment lists each decision line's newest record then, so the same moment always gives the same receipt.
/// </summary>
public sealed class ConsentReceipts(PortalDbContext db)
{
    /// <summary>The receipt of one relation at a moment, or null when there is no such relation.</summary>
    public async Task<ConsentReceipt?> ForRelationAsync(Guid relationId, DateTime atUtc, CancellationToken ct = default)
    {
        var head = await db.Relations.AsNoTracking().Where(r => r.Id == relationId)
            .Select(r => new
            {
                r.CitizenId,
                CitizenName = r.Citizen!.FirstName + " " + r.Citizen.LastName,
                r.PersonId,
                RelativeName = r.Person!.FirstName + " " + r.Person.LastName,
                r.Kind,
                Municipality = r.Citizen.Municipality!.Name,
                r.Citizen.Municipality.Slug,
                r.Citizen.Municipality.WebAddress,
                Unit = r.Citizen.Unit!.Name,
                UnitEmail = r.Citizen.Unit.Email,
                UnitPhone = r.Citizen.Unit.Phone,
                r.EndedAtUtc,
            })
            .SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var lines = await db.ConsentRecords.AsNoTracking().Where(c => c.RelationId == relationId)
            .NewestAt(atUtc)
            .Select(c => new ReceiptLine(c.Topic, c.Level, c.Basis, c.GivenHow, c.BasisScope, c.ValidFromUtc,
                c.ValidUntilUtc, c.RecordedAtUtc, c.RecordedByUserId,
                db.Users.Where(u => u.Id == c.RecordedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        // Enums are stored as text: order by the enum's own order, as everywhere else, not alphabetically.
        lines = [.. lines.OrderBy(l => l.Topic).ThenBy(l => l.Basis)];
        var changedAt = lines.Count == 0 ? atUtc : lines.Max(l => l.RecordedAtUtc);

        return new ConsentReceipt(
            ReceiptId(relationId, changedAt), relationId, changedAt, head.CitizenId, head.CitizenName, head.PersonId,
            head.RelativeName, head.Kind, head.Municipality, head.Slug, head.WebAddress, head.Unit, head.UnitEmail,
            head.UnitPhone, head.EndedAtUtc is { } ended && ended <= atUtc ? ended : null, lines);
    }

    /// <summary>The same relation and moment always give the same receipt id.</summary>
    public static Guid ReceiptId(Guid relationId, DateTime atUtc)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(
            [.. relationId.ToByteArray(), .. BitConverter.GetBytes(atUtc.Ticks)]);
        return new Guid(bytes.AsSpan(0, 16));
    }
}

public sealed record ConsentReceipt(
    Guid ReceiptId, Guid RelationId, DateTime ChangedAtUtc, Guid CitizenId, string CitizenName, Guid PersonId,
    string RelativeName, RelationKind Kind, string Municipality, string MunicipalitySlug, string? MunicipalityWebAddress,
    string Unit, string? UnitEmail, string? UnitPhone, DateTime? RelationEndedAtUtc, IReadOnlyList<ReceiptLine> Lines)
{
    public static bool IsSensitive(ConsentTopic topic) => topic is ConsentTopic.HealthAndCare or ConsentTopic.Medicine;
}

public sealed record ReceiptLine(
    ConsentTopic Topic, ConsentLevel Level, ConsentBasis Basis, HowGiven GivenHow, string? BasisScope,
    DateTime ValidFromUtc, DateTime? ValidUntilUtc, DateTime RecordedAtUtc, string RecordedByUserId, string? RecordedByName);
