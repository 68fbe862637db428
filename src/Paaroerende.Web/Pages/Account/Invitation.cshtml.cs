using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Relatives;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// The link in a relative's invitation. Without a sign-in for the invited address the relative chooses a password and
/// is signed in; with one, they type its password and the new relation joins that sign-in (they then sign in as usual,
/// so any second factor still applies). The link works once and for 7 days; a used, expired or unknown link gets the
/// same answer, and a failure leaves the link usable.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Invitation)]
[HashesPasswords]
public class InvitationModel(
    PortalDbContext db, RelativeInvitations invitations, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
    IStringLocalizerFactory texts) : PageModel
{
    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(InvitationModel), texts);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkIsUnusable { get; private set; }

    /// <summary>The invited address already has a sign-in: the relative proves it with its password.</summary>
    public bool HasSignIn { get; private set; }

    public string Email { get; private set; } = "";

    public string Name { get; private set; } = "";

    public async Task OnGetAsync(string? token)
    {
        Input.Token = token ?? "";
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var invitation = await LoadAsync();
        if (invitation is null)
        {
            return Page();
        }

        if (HasSignIn)
        {
            // Only the password of the existing sign-in is asked for.
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.ConfirmPassword)}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The password of an existing sign-in is checked before the transaction, so a wrong one counts towards lockout.
        var existing = HasSignIn ? await ExistingSignInAsync(invitation.Email) : null;
        if (HasSignIn && existing is null)
        {
            return Page();
        }

        var ct = HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await invitations.TryUseAsync(invitation.Id, ct))
        {
            LinkIsUnusable = true;
            return Page();
        }

        var user = existing ?? await NewSignInAsync(invitation.Email);
        if (user is null)
        {
            return Page();
        }

        if (!await users.IsInRoleAsync(user, PortalRoles.Relative))
        {
            await users.AddToRoleAsync(user, PortalRoles.Relative);
        }

        user.PersonId ??= invitation.PersonId;
        await users.UpdateAsync(user);
        await invitations.LinkAsync(invitation, user.Id, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        if (HasSignIn)
        {
            return RedirectToPage("/Account/InvitationAccepted");
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/Relatives");
    }

    private async Task<PortalUser?> NewSignInAsync(string email)
    {
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = Name };
        var created = await users.CreateAsync(user, Input.Password);
        if (created.Succeeded)
        {
            return user;
        }

        foreach (var error in created.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? $"{nameof(Input)}.{nameof(Input.Password)}" : string.Empty;
            ModelState.AddModelError(field, error.Description);
        }

        return null;
    }

    private async Task<PortalUser?> ExistingSignInAsync(string email)
    {
        var user = await users.FindByEmailAsync(email);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return user;
        }

        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}",
            result.IsLockedOut ? _text["LockedOut"] : _text["WrongPassword"]);
        return null;
    }

    private async Task<RelativeInvitation?> LoadAsync()
    {
        // The token is in the address: it must not travel on to another site in a Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var invitation = await invitations.FindUsableAsync(Input.Token, HttpContext.RequestAborted);
        LinkIsUnusable = invitation is null;
        if (invitation is not null)
        {
            Email = invitation.Email;
            Name = await db.People.Where(p => p.Id == invitation.PersonId)
                .Select(p => p.FirstName + " " + p.LastName).SingleAsync(HttpContext.RequestAborted);
            HasSignIn = await users.FindByEmailAsync(invitation.Email) is not null;
        }

        return invitation;
    }

    public sealed class InputModel
    {
        public string Token { get; set; } = "";

        [Required]
        [StringLength(256)]
        [Display(Name = "PasswordField")]
        public string Password { get; set; } = "";

        [Required]
        [Compare(nameof(Password))]
        [Display(Name = "ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
