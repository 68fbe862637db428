using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// The user's own two-factor settings: turn it on (relatives may), get new recovery codes, or turn it off — which
/// staff and administrators may not, because it is required for them.
/// </summary>
public class TwoFactorModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn) : PageModel
{
    public bool IsEnabled { get; private set; }

    public bool IsRequired { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }

    public bool JustTurnedOff { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorCode.RecoveryCodeCount) ?? []];
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostTurnOffAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled && !TwoFactorRequirement.IsRequiredFor(await users.GetRolesAsync(user)))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            JustTurnedOff = true;
        }

        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(PortalUser user)
    {
        IsEnabled = user.TwoFactorEnabled;
        IsRequired = TwoFactorRequirement.IsRequiredFor(await users.GetRolesAsync(user));
        RecoveryCodesLeft = IsEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
    }
}
