using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Web.Account;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Mail;
using Paaroerende.Web.Navigation;
using Paaroerende.Web.Notifications;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// The link in a relative's or a citizen's invitation (one flow for both, docs/adr/0011). A citizen accepts with their
/// own MitID only, and so does a relative where passwords are off (docs/adr/0042); this page then only shows the way
/// there, and a post is 404. Where a relative may use a password, the page looks the same whether or not the invited
/// address already has a sign-in: a new one is made with the chosen password and signed in; an existing one gets the
/// relation silently, the typed password is not used, and the address gets a mail saying to sign in as usual. The
/// link works once and for 7 days; a used, expired or unknown link gets the same answer, and a failure leaves the link
/// usable.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Invitation)]
[HashesPasswords]
public class InvitationModel(
    PortalDbContext db, OpenInvitations invitations, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
    PasswordSignIns passwords, MailOutbox outbox, PortalMails mails) : PageModel
{
    private OpenInvitation? _invitation;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkIsUnusable { get; private set; }

    /// <summary>A relative where passwords are on may choose one; a citizen never (only their own MitID binds them).</summary>
    public bool PasswordOffered => passwords.ForEveryone && _invitation?.AcceptsPassword != false;

    public string Email => _invitation?.Email ?? "";

    public string Name => _invitation?.Name ?? "";

    /// <summary>The link invites the citizen to their own view, not a relative.</summary>
    public bool ForCitizen => _invitation?.ForCitizen == true;

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

        if (!PasswordOffered)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var existing = await users.FindByEmailAsync(Email);
        var ct = HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await _invitation!.TryUseAsync(ct))
        {
            LinkIsUnusable = true;
            return Page();
        }

        var user = existing ?? await NewSignInAsync(Email);
        if (user is null)
        {
            return Page();
        }

        if (!await users.IsInRoleAsync(user, _invitation.Role))
        {
            await users.AddToRoleAsync(user, _invitation.Role);
        }

        await _invitation.LinkAsync(user, ct);
        await users.UpdateAsync(user);
        if (existing is { Email: not null })
        {
            // The address's owner hears it by mail; the person at the page is told nothing about the address.
            outbox.Enqueue(mails.InvitationOnExistingAccount(existing.Email, existing.DisplayName, Url.MailLink("/Account/Login", null)));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        if (existing is not null)
        {
            return RedirectToPage("/Account/InvitationAccepted", new { start = "mail" });
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(PagePaths.Relatives.Index);
    }

    private async Task<PortalUser?> NewSignInAsync(string email)
    {
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = Name };
        var created = await users.CreateAsync(user, Input.Password);
        if (created.Succeeded)
        {
            return user;
        }

        IdentityErrors.AddTo(ModelState, created, $"{nameof(Input)}.{nameof(Input.Password)}");

        return null;
    }

    /// <summary>Finds the invitation behind the token, a relative's or a citizen's; false when the link is unusable.</summary>
    private async Task<bool> LoadAsync()
    {
        // The token is in the address: it must not travel on to another site in a Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        _invitation = await invitations.FindAsync(Input.Token, HttpContext.RequestAborted);
        LinkIsUnusable = _invitation is null;
        return !LinkIsUnusable;
    }

    public sealed class InputModel : NewPasswordInput
    {
        public string Token { get; set; } = "";
    }
}
