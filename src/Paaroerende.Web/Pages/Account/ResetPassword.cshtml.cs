using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Account;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.PasswordReset)]
[HashesPasswords]
public class ResetPasswordModel(UserManager<PortalUser> users, PasswordSignIns passwords) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkIsIncomplete { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        Input.UserId = userId ?? "";
        Input.Code = code ?? "";
        LinkIsIncomplete = string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code);
        return await WithoutPasswordAsync(userId) ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await WithoutPasswordAsync(Input.UserId))
        {
            return NotFound();
        }

        var user = await users.FindByIdAsync(Input.UserId);
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Input.Code));
        }
        catch (FormatException)
        {
            token = "";
        }

        var result = user is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result, $"{nameof(Input)}.{nameof(Input.Password)}");

            return Page();
        }

        // A new password lifts a lockout: the user has proved they own the mailbox.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        return RedirectToPage("/Account/ResetPasswordConfirmation");
    }

    /// <summary>
    /// A citizen's or relative's account where they sign in with MitID only (docs/adr/0042): no password to set, so
    /// the page does not exist for it. The link's user id is known only to whoever got the mail.
    /// </summary>
    private async Task<bool> WithoutPasswordAsync(string? userId) =>
        !passwords.ForEveryone && !string.IsNullOrEmpty(userId) && await users.FindByIdAsync(userId) is { } user
        && !passwords.AllowedFor(await users.GetRolesAsync(user));

    public sealed class InputModel : NewPasswordInput
    {
        public string UserId { get; set; } = "";

        public string Code { get; set; } = "";
    }
}
