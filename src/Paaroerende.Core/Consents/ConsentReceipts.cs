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
    public async Task<ConsentReceipt?> ForRelationAsync(Guid relationId, DateTime atUtc, CancellationToken ct = default) =>
        await Sources(db.Relations.Where(r => r.Id == relationId), atUtc).AsSingleQuery().SingleOrDefaultAsync(ct) is { } source
            ? Build(source, atUtc)
            : null;

    /// <summary>
    /// What the receipt of each relation at a moment is made of (the relation, the citizen, the unit and each decision
    /// line's newest record then), as a query a page can compose with the gate so both come in one command.
    /// </summary>
    public IQueryable<ReceiptSource> Sources(IQueryable<Relation> relations, DateTime atUtc)
    {
        var newest = db.ConsentRecords.NewestOfLineAt(atUtc);
        return relations.AsNoTracking().Select(r => new ReceiptSource
        {
            RelationId = r.Id,
            CitizenId = r.CitizenId,
            CitizenName = r.Citizen!.FirstName + " " + r.Citizen.LastName,
            PersonId = r.PersonId,
            RelativeName = r.Person!.FirstName + " " + r.Person.LastName,
            Kind = r.Kind,
            Municipality = r.Citizen.Municipality!.Name,
            MunicipalitySlug = r.Citizen.Municipality.Slug,
            MunicipalityWebAddress = r.Citizen.Municipality.WebAddress,
            Unit = r.Citizen.Unit!.Name,
            UnitEmail = r.Citizen.Unit.Email,
            UnitPhone = r.Citizen.Unit.Phone,
            EndedAtUtc = r.EndedAtUtc,
            Lines = newest.Where(c => c.RelationId == r.Id)
                .Select(c => new ReceiptLine(c.Topic, c.Level, c.Basis, c.GivenHow, c.BasisScope, c.ValidFromUtc,
                    c.ValidUntilUtc, c.RecordedAtUtc, c.RecordedByUserId,
                    db.Users.Where(u => u.Id == c.RecordedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                    c.BasisDocument, c.BasisExpiresUtc))
                .ToList(),
        });
    }

    /// <summary>The receipt from what <see cref="Sources"/> loaded; the same source and moment give the same receipt.</summary>
    public static ConsentReceipt Build(ReceiptSource source, DateTime atUtc) => Build(source, atUtc, _ => true);

    /// <summary>
    /// The receipt of only the lines its reader may see (a relative: the topics the gate allows them). Its time and id
    /// are computed from those lines alone, so a change the reader cannot see does not change their receipt.
    /// </summary>
    public static ConsentReceipt Build(ReceiptSource source, DateTime atUtc, Func<ReceiptLine, bool> shown)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(shown);
        // Enums are stored as text: order by the enum's own order, as everywhere else, not alphabetically.
        List<ReceiptLine> lines = [.. source.Lines.Where(shown).OrderBy(l => l.Topic).ThenBy(l => l.Basis)];
        var changedAt = lines.Count == 0 ? atUtc : lines.Max(l => l.RecordedAtUtc);

        return new ConsentReceipt(
            ReceiptId(source.RelationId, changedAt), source.RelationId, changedAt, source.CitizenId, source.CitizenName,
            source.PersonId, source.RelativeName, source.Kind, source.Municipality, source.MunicipalitySlug,
            source.MunicipalityWebAddress, source.Unit, source.UnitEmail, source.UnitPhone,
            source.EndedAtUtc is { } ended && ended <= atUtc ? ended : null, lines);
    }

    /// <summary>The same relation and moment always give the same receipt id.</summary>
    public static Guid ReceiptId(Guid relationId, DateTime atUtc)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(
            [.. relationId.ToByteArray(), .. BitConverter.GetBytes(atUtc.Ticks)]);
        return new Guid(bytes.AsSpan(0, 16));
    }
}

/// <summary>The rows a receipt is built from (<see cref="ConsentReceipts.Sources"/>); settable so queries can compose on it.</summary>
public sealed class ReceiptSource
{
    public Guid RelationId { get; init; }

    public Guid CitizenId { get; init; }

    public string CitizenName { get; init; } = "";

    public Guid PersonId { get; init; }

    public string RelativeName { get; init; } = "";

    public RelationKind Kind { get; init; }

    public string Municipality { get; init; } = "";

    public string MunicipalitySlug { get; init; } = "";

    public string? MunicipalityWebAddress { get; init; }

    public string Unit { get; init; } = "";

    public string? UnitEmail { get; init; }

    public string? UnitPhone { get; init; }

    public DateTime? EndedAtUtc { get; init; }

    public IReadOnlyList<ReceiptLine> Lines { get; init; } = [];
}

public sealed record ConsentReceipt(
    Guid ReceiptId, Guid RelationId, DateTime ChangedAtUtc, Guid CitizenId, string CitizenName, Guid PersonId,
    string RelativeName, RelationKind Kind, string Municipality, string MunicipalitySlug, string? MunicipalityWebAddress,
    string Unit, string? UnitEmail, string? UnitPhone, DateTime? RelationEndedAtUtc, IReadOnlyList<ReceiptLine> Lines)
{
    /// <summary>The short number shown on the receipt (<see cref="ReceiptNumbers"/>).</summary>
    public string ReceiptNumber => ReceiptNumbers.From(ReceiptId);

    public static bool IsSensitive(ConsentTopic topic) => topic is ConsentTopic.HealthAndCare or ConsentTopic.Medicine;
}

public sealed record ReceiptLine(
    ConsentTopic Topic, ConsentLevel Level, ConsentBasis Basis, HowGiven GivenHow, string? BasisScope,
    DateTime ValidFromUtc, DateTime? ValidUntilUtc, DateTime RecordedAtUtc, string RecordedByUserId, string? RecordedByName,
    string? BasisDocument = null, DateTime? BasisExpiresUtc = null)
{
    /// <summary>Fuldmagt and værgemål show what they rest on: scope, document and expiry (ADR 0033).</summary>
    public bool RestsOnDocument => LegalBasisRules.RestsOnDocument(Basis) && (BasisScope ?? BasisDocument) is not null;
}
