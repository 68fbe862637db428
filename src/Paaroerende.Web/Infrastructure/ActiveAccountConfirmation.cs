using Microsoft.AspNetCore.Identity;
using Paaroerende.Core.Identity;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Identity asks this before any sign-in (SignIn.RequireConfirmedAccount): a deactivated account cannot sign in.
/// The login page gives the same answer as for a wrong password, so it tells no one that the account exists.
/// </summary>
internal sealed class ActiveAccountConfirmation : IUserConfirmation<PortalUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.DeactivatedAtUtc is null);
    }
}
