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

/// <summary>
/// The second step of signing in: the 6-digit code from the authenticator app. Wrong codes count towards lockout, and so
/// do codes used before (docs/adr/0018).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class LoginWith2faModel(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, ReplayGuardedAuthenticator authenticator,
    PageText<LoginWith2faModel> text, ILogger<LoginWith2faModel> logger)
    : PageModel
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

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(
            AuthenticatorCode.Normalize(Input.Code), isPersistent: false, rememberClient: false);
        if (result.IsLockedOut)
        {
            PortalLog.SignInFailed(logger, "LockedOut", CorrelationId.Get(HttpContext));
            return RedirectToPage("/Account/Lockout");
        }

        if (!result.Succeeded)
        {
            // A right code whose time-step was used already is told apart, so the person knows waiting will help.
            var reused = authenticator.CodeWasAlreadyUsed;
            PortalLog.SignInFailed(logger, reused ? "ReusedAuthenticatorCode" : "WrongAuthenticatorCode", CorrelationId.Get(HttpContext));
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}",
                reused ? text["CodeAlreadyUsed"] : AuthenticatorCode.WrongCodeMessage(HttpContext));
            return Page();
        }

        return LocalRedirect(ReturnUrls.AfterSignIn(Url, ReturnUrl, StartPages.For(await users.GetRolesAsync(user))));
    }

    public sealed class InputModel
    {
        [Required]
        [StringLength(AuthenticatorCode.MaxInputLength)]
        [Display(Name = "Code")]
        public string Code { get; set; } = "";
    }
}
