using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
[HashesPasswords]
public class LoginModel(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    IPasswordHasher<PortalUser> hasher,
    PasswordSignIns passwords,
    IStringLocalizer<SharedResource> text,
    ILogger<LoginModel> logger) : PageModel
{
    private static readonly PortalUser Nobody = new() { DisplayName = "" };

    // Made once when the page is first used, outside any request's timing, with Identity's default cost (the portal
    // keeps the default, so it costs the same to verify as a real user's hash).
    private static readonly string UnknownUserHash = new PasswordHasher<PortalUser>().HashPassword(Nobody, Guid.NewGuid().ToString());

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>"1" when site.js sent the user here because the session ran out. Text, not bool: any value from an
    /// address bar must bind without a validation error.</summary>
    [BindProperty(SupportsGet = true, Name = "udloebet")]
    public string? Expired { get; set; }

    public bool SessionExpired => Expired == "1";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            HashAsForAWrongPassword();
            return Failed("UnknownUser");
        }

        if (!passwords.ForEveryone && !passwords.AllowedFor(await users.GetRolesAsync(user)))
        {
            // A citizen or relative signs in with MitID here: refused like a wrong password, so the answer does not
            // tell that the address has an account, and without counting towards a lockout.
            HashAsForAWrongPassword();
            return Failed("PasswordsOff");
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity refuses a locked or deactivated account before it looks at the password.
            HashAsForAWrongPassword();
        }

        if (result.IsLockedOut)
        {
            // The same page and words as a wrong password or an unknown address: a page of its own would tell anyone
            // who types five wrong passwords that the address has an account. The message says to wait.
            return Failed("LockedOut");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
        }

        if (!result.Succeeded)
        {
            return Failed(result.IsNotAllowed ? "NotAllowed" : "WrongPassword");
        }

        var roles = await users.GetRolesAsync(user);
        var target = ReturnUrls.AfterSignIn(Url, ReturnUrl, StartPages.For(roles));
        if (TwoFactorRequirement.IsRequiredFor(roles) && !user.TwoFactorEnabled)
        {
            return RedirectToPage(TwoFactorRequirement.SetupPage, new { returnUrl = target });
        }

        return LocalRedirect(target);
    }

    /// <summary>
    /// One password verification, through the same capped hasher, wherever Identity would not verify one: so an
    /// unknown address, a locked or a deactivated account take as long as a wrong password and cannot be told apart.
    /// </summary>
    private void HashAsForAWrongPassword()
    {
        hasher.VerifyHashedPassword(Nobody, UnknownUserHash, Input.Password);
    }

    private PageResult Failed(string outcome)
    {
        PortalLog.SignInFailed(logger, outcome, CorrelationId.Get(HttpContext));
        ModelState.AddModelError(string.Empty, text["Account_SignInFailed"]);
        return Page();
    }

    public sealed class InputModel
    {
        [Required]
        [EmailAddress]
        [StringLength(256)]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required]
        [StringLength(256)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
