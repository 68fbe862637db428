using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Web.Relatives;

/// <summary>What the relative's pages about a relation show of it: the citizen's name, the unit, the municipality.</summary>
public sealed record RelationFacts(string CitizenName, string Unit, Guid MunicipalityId, string Municipality, string MunicipalitySlug, bool RelativeIsMinor)
{
    /// <summary>The same projection as in <see cref="RelativeAccessFilter"/>, which loads it with the relation.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Relation, RelationFacts>> Of = r => new RelationFacts(
        r.Citizen!.FirstName + " " + r.Citizen.LastName, r.Citizen.Unit!.Name, r.Citizen.MunicipalityId,
        r.Citizen.Municipality!.Name, r.Citizen.Municipality.Slug, r.RelativeIsMinor);

    /// <summary>The facts the access filter loaded together with the relation (no query), or a query for them.</summary>
    public static Task<RelationFacts> LoadAsync(PortalDbContext db, RelativeAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        return access.Facts is { } facts
            ? Task.FromResult(facts)
            : db.Relations.AsNoTracking().Where(r => r.Id == access.RelationId).Select(Of).SingleAsync(ct);
    }
}
