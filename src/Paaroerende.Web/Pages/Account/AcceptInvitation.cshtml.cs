using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Invitations;
using Paaroerende.Web.Account;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// The link in a staff invitation: the invited person chooses a password and is then taken straight on to set up
/// two-factor sign-in. The link works once and for 7 days; a used, expired or unknown link gets the same answer.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Invitation)]
[HashesPasswords]
public class AcceptInvitationModel(
    PortalDbContext db, StaffInvitations invitations, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
    StaffSignIn.StaffProviders providers)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkIsUnusable { get; private set; }

    public string? Email { get; private set; }

    /// <summary>The municipality's own provider, when it has one: the invitation can be accepted through it instead.</summary>
    public StaffSignIn.StaffProvider? Provider { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? token)
    {
        Input.Token = token ?? "";
        var user = await UsableUserAsync();
        LinkIsUnusable = user is null;
        Email = user?.Email;
        if (user?.MunicipalityId is { } municipalityId)
        {
            var slug = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Slug).SingleOrDefaultAsync(HttpContext.RequestAborted);
            Provider = providers.Find(slug);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var invitation = await invitations.FindUsableAsync(Input.Token, HttpContext.RequestAborted);
        var user = invitation is null ? null : await users.FindByIdAsync(invitation.UserId);
        if (invitation is null || user is null || user.DeactivatedAtUtc is not null)
        {
            LinkIsUnusable = true;
            return Page();
        }

        Email = user.Email;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The password and the used invitation are stored together: a refused password leaves the link usable. The
        // link is used up first, by one conditional UPDATE, so of two requests with it only one goes on.
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        if (!await invitations.TryUseAsync(invitation.Id, HttpContext.RequestAborted))
        {
            LinkIsUnusable = true;
            return Page();
        }

        var added = await users.HasPasswordAsync(user)
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.AddPasswordAsync(user, Input.Password);
        if (!added.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, added, $"{nameof(Input)}.{nameof(Input.Password)}");
            return Page();
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);

        await signIn.SignInAsync(user, isPersistent: false);
        return RedirectToPage(TwoFactorRequirement.SetupPage, new { returnUrl = StartPages.For(await users.GetRolesAsync(user)) });
    }

    private async Task<PortalUser?> UsableUserAsync()
    {
        var invitation = await invitations.FindUsableAsync(Input.Token, HttpContext.RequestAborted);
        var user = invitation is null ? null : await users.FindByIdAsync(invitation.UserId);
        return user is { DeactivatedAtUtc: null } ? user : null;
    }

    public sealed class InputModel : NewPasswordInput
    {
        public string Token { get; set; } = "";
    }
}
