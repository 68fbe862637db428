using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// Setting up two-factor sign-in with an authenticator app: a QR code and the key as text, confirmed with a code from
/// the app; then ten recovery codes, shown this once. Staff and administrators are sent here until it is done.
/// </summary>
public class TwoFactorSetupModel(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IUserStore<PortalUser> store,
    PageText<TwoFactorSetupModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Key { get; private set; } = "";

    public string QrCodeSvg { get; private set; } = "";

    public bool IsRequired { get; private set; }

    /// <summary>Set only in the answer to a successful confirmation: the codes are never stored in readable form.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string ContinueUrl => ReturnUrls.AfterSignIn(Url, ReturnUrl, StartPages.For(User));

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/TwoFactor");
        }

        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/TwoFactor");
        }

        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(
                user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCode.Normalize(Input.Code)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}", AuthenticatorCode.WrongCodeMessage(HttpContext));
        }

        if (!ModelState.IsValid)
        {
            await ShowKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorCode.RecoveryCodeCount) ?? []];

        // A new cookie with the two-factor claim: the filter lets the user on from the next request.
        await signIn.RefreshSignInAsync(user);
        return Page();
    }

    private async Task ShowKeyAsync(PortalUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // The account's first key is stored without a new security stamp (Identity's ResetAuthenticatorKeyAsync
            // gives one): no key existed that it could replace, and a new stamp would sign the account out on every
            // other device (a relative's phone, with what they were typing) for opening this page. Turning two-factor
            // on changes the stamp, and that does end the other sessions.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<PortalUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            var saved = await users.UpdateAsync(user);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException($"The authenticator key was not saved: {string.Join(", ", saved.Errors.Select(e => e.Code))}");
            }
        }

        Key = AuthenticatorCode.Grouped(key);
        QrCodeSvg = AuthenticatorQrCode.Svg(AuthenticatorQrCode.Uri(user.Email ?? user.UserName ?? "", key), text["QrCodeName"]);
        IsRequired = TwoFactorRequirement.IsRequiredFor(await users.GetRolesAsync(user));
    }

    public sealed class InputModel
    {
        [Required]
        [StringLength(AuthenticatorCode.MaxInputLength)]
        [Display(Name = "Code")]
        public string Code { get; set; } = "";
    }
}
