using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Account;

/// <summary>Signing in with one of the recovery codes shown at set-up, when the phone is lost. Each code works once.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class LoginWithRecoveryCodeModel(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, PageText<LoginWithRecoveryCodeModel> text,
    ILogger<LoginWithRecoveryCodeModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(AuthenticatorCode.NormalizeRecoveryCode(Input.RecoveryCode));
        if (result.IsLockedOut)
        {
            PortalLog.SignInFailed(logger, "LockedOut", CorrelationId.Get(HttpContext));
            return RedirectToPage("/Account/Lockout");
        }

        if (!result.Succeeded)
        {
            PortalLog.SignInFailed(logger, "WrongRecoveryCode", CorrelationId.Get(HttpContext));
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.RecoveryCode)}", text["WrongCode"]);
            return Page();
        }

        return LocalRedirect(ReturnUrls.AfterSignIn(Url, ReturnUrl, StartPages.For(await users.GetRolesAsync(user))));
    }

    public sealed class InputModel
    {
        [Required]
        [StringLength(AuthenticatorCode.MaxInputLength)]
        [Display(Name = "RecoveryCode")]
        public string RecoveryCode { get; set; } = "";
    }
}
