using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Relatives;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// The link in a relative's or a citizen's invitation (one flow for both, docs/adr/0011). Without a sign-in for the
/// invited address they choose a password and are signed in; with one, they type its password and the new relation —
/// or the citizen's own view — joins that sign-in (they then sign in as usual, so any second factor still applies).
/// The link works once and for 7 days; a used, expired or unknown link gets the same answer, and a failure leaves the
/// link usable.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Invitation)]
[HashesPasswords]
public class InvitationModel(
    PortalDbContext db, RelativeInvitations invitations, CitizenInvitations citizenInvitations,
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IStringLocalizerFactory texts) : PageModel
{
    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(InvitationModel), texts);

    private RelativeInvitation? _relative;
    private CitizenInvitation? _citizen;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkIsUnusable { get; private set; }

    /// <summary>The invited address already has a sign-in: the relative proves it with its password.</summary>
    public bool HasSignIn { get; private set; }

    public string Email { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The link invites the citizen to their own view, not a relative.</summary>
    public bool ForCitizen => _citizen is not null;

    private string StartPage => ForCitizen ? "/Citizen" : "/Relatives";

    public async Task OnGetAsync(string? token)
    {
        Input.Token = token ?? "";
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
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
        var existing = HasSignIn ? await ExistingSignInAsync(Email) : null;
        if (HasSignIn && existing is null)
        {
            return Page();
        }

        var ct = HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await TryUseAsync(ct))
        {
            LinkIsUnusable = true;
            return Page();
        }

        var user = existing ?? await NewSignInAsync(Email);
        if (user is null)
        {
            return Page();
        }

        var role = ForCitizen ? PortalRoles.Citizen : PortalRoles.Relative;
        if (!await users.IsInRoleAsync(user, role))
        {
            await users.AddToRoleAsync(user, role);
        }

        await LinkAsync(user, ct);
        await users.UpdateAsync(user);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        if (HasSignIn)
        {
            return RedirectToPage("/Account/InvitationAccepted", new { start = ForCitizen ? "citizen" : null });
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(StartPage);
    }

    private Task<bool> TryUseAsync(CancellationToken ct) =>
        ForCitizen ? citizenInvitations.TryUseAsync(_citizen!.Id, ct) : invitations.TryUseAsync(_relative!.Id, ct);

    private async Task LinkAsync(PortalUser user, CancellationToken ct)
    {
        if (ForCitizen)
        {
            await citizenInvitations.LinkAsync(_citizen!, user, ct);
            return;
        }

        user.PersonId ??= _relative!.PersonId;
        await invitations.LinkAsync(_relative!, user.Id, ct);
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
        if (result.Succeeded && ForCitizen && user!.CitizenId is { } other && other != _citizen!.CitizenId)
        {
            // One sign-in is one citizen at most; only the mailbox's owner, who knows the password, learns this.
            ModelState.AddModelError(string.Empty, _text["OtherCitizen"]);
            return null;
        }

        if (result.Succeeded)
        {
            return user;
        }

        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}",
            result.IsLockedOut ? _text["LockedOut"] : _text["WrongPassword"]);
        return null;
    }

    /// <summary>Finds the invitation behind the token, a relative's or a citizen's; false when the link is unusable.</summary>
    private async Task<bool> LoadAsync()
    {
        // The token is in the address: it must not travel on to another site in a Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var ct = HttpContext.RequestAborted;
        _relative = await invitations.FindUsableAsync(Input.Token, ct);
        _citizen = _relative is null ? await citizenInvitations.FindUsableAsync(Input.Token, ct) : null;
        if (_relative is not null)
        {
            Email = _relative.Email;
            Name = await db.People.Where(p => p.Id == _relative.PersonId)
                .Select(p => p.FirstName + " " + p.LastName).SingleAsync(ct);
        }
        else if (_citizen is not null)
        {
            Email = _citizen.Email;
            Name = await db.Citizens.Where(c => c.Id == _citizen.CitizenId)
                .Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct);
        }

        LinkIsUnusable = _relative is null && _citizen is null;
        HasSignIn = !LinkIsUnusable && await users.FindByEmailAsync(Email) is not null;
        return !LinkIsUnusable;
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
