using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.GeneralInformation;

/// <summary>A municipality as the public information pages name and link it.</summary>
public sealed record PublicMunicipality(Guid Id, string Slug, string Name, string? WebAddress)
{
    /// <summary>The municipality with this address name, or null: the page then answers 404.</summary>
    public static Task<PublicMunicipality?> FindAsync(PortalDbContext db, string? slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = (slug ?? "").Trim().ToLowerInvariant();
        return db.Municipalities.AsNoTracking()
            .Where(m => m.Slug == wanted)
            .Select(m => new PublicMunicipality(m.Id, m.Slug, m.Name, m.WebAddress))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
