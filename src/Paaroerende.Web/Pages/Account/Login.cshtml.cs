using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Account;

[AllowAnonymous]
public class LoginModel(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    IPasswordHasher<PortalUser> hasher,
    IStringLocalizer<SharedResource> text,
    ILogger<LoginModel> logger) : PageModel
{
    private static readonly PortalUser Nobody = new() { DisplayName = "" };
    private static string? _unknownUserHash;

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
            // Hash anyway, so an unknown address takes as long as a wrong password and cannot be told apart.
            _unknownUserHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, _unknownUserHash, Input.Password);
            return Failed("UnknownUser");
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            PortalLog.SignInFailed(logger, "LockedOut", CorrelationId.Get(HttpContext));
            return RedirectToPage("/Account/Lockout");
        }

        if (!result.Succeeded)
        {
            return Failed(result.IsNotAllowed ? "NotAllowed" : "WrongPassword");
        }

        var startPage = StartPages.For(await users.GetRolesAsync(user));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl : startPage);
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
