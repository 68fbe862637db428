using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// What the relative's pages about a relation show of it: the citizen's name, the unit, the municipality, and whether
/// the relative is young at the request's moment (ADR 0038), so a page can be written for a young reader.
/// </summary>
public sealed record RelationFacts(
    string CitizenName, string Unit, Guid MunicipalityId, string Municipality, string MunicipalitySlug,
    bool NominatedAsMinor, DateOnly? RelativeBirthDate, DateTime AtUtc)
{
    /// <summary>Under 18 at the request's moment.</summary>
    public bool RelativeIsMinor => YoungRelatives.IsMinorAt(RelativeBirthDate, NominatedAsMinor, AtUtc);

    /// <summary>Under 15 at the request's moment.</summary>
    public bool RelativeIsChild => YoungRelatives.IsChildAt(RelativeBirthDate, AtUtc);


    /// <summary>The facts the access filter loaded together with the relation (no query), or a query for them.</summary>
    public static Task<RelationFacts> LoadAsync(PortalDbContext db, RelativeAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        return access.Facts is { } facts
            ? Task.FromResult(facts)
            : db.Relations.AsNoTracking().Where(r => r.Id == access.RelationId).Select(RelationRows.FactsAt(access.AtUtc)).SingleAsync(ct);
    }
}
