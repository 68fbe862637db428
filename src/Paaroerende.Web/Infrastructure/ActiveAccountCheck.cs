using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// The account check every signed-in request makes (docs/adr/0009, docs/adr/0023): the account still exists, is not
/// deactivated, and still has the security stamp the cookie was issued with. It asks the database each time, so a
/// deactivation or a password reset made on any instance refuses the account's other sessions on their very next
/// request; nothing is cached. The query is compiled once: building and looking up the LINQ tree on every request cost
/// more than running the primary-key look-up itself (docs/performance.md, "The pipeline").
/// </summary>
internal static class ActiveAccountCheck
{
    // A compiled query belongs to one model, and one process can hold several (SQLite and PostgreSQL in the tests).
    private static readonly ConditionalWeakTable<IModel, Func<PortalDbContext, string, string, CancellationToken, Task<bool>>> ByModel = [];

    public static Task<bool> IsActiveAsync(PortalDbContext db, string userId, string securityStamp, CancellationToken cancellationToken) =>
        ByModel.GetValue(db.Model, _ => Compile())(db, userId, securityStamp, cancellationToken);

    private static Func<PortalDbContext, string, string, CancellationToken, Task<bool>> Compile() =>
        EF.CompileAsyncQuery((PortalDbContext db, string userId, string securityStamp, CancellationToken _) =>
            db.Users.Any(u => u.Id == userId && u.DeactivatedAtUtc == null && u.SecurityStamp == securityStamp));
}
