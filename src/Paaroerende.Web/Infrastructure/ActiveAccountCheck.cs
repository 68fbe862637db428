using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// The account check every signed-in request makes (docs/adr/0009): the account still exists and is not deactivated.
/// It asks the database each time, so a deactivation made on any instance refuses the account's very next request;
/// nothing is cached. The query is compiled once: building and looking up the LINQ tree on every request cost more
/// than running the primary-key look-up itself (docs/performance.md, "The pipeline").
/// </summary>
internal static class ActiveAccountCheck
{
    private static readonly Func<PortalDbContext, string, CancellationToken, Task<bool>> IsActive =
        EF.CompileAsyncQuery((PortalDbContext db, string userId, CancellationToken _) =>
            db.Users.Any(u => u.Id == userId && u.DeactivatedAtUtc == null));

    public static Task<bool> IsActiveAsync(PortalDbContext db, string userId, CancellationToken cancellationToken) =>
        IsActive(db, userId, cancellationToken);
}
