using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Mail;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Mail;
using Paaroerende.Web.Notifications;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// Sends a reset link when the address belongs to a user, and answers the same either way, so the page cannot be
/// used to find out who has an account. Where citizens and relatives have no passwords (docs/adr/0042), their mail
/// says to sign in with MitID instead of holding a link.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PasswordReset)]
public class ForgotPasswordModel(
    UserManager<PortalUser> users, PortalDbContext db, MailOutbox outbox, PasswordSignIns passwords,
    PortalMails mails) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

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
        if (user is { Email: not null } && !passwords.AllowedFor(await users.GetRolesAsync(user)))
        {
            outbox.Enqueue(mails.UseMitId(user.Email, user.DisplayName, Url.MailLink("/Account/Login", null)));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        else if (user is { Email: not null })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            var link = Url.MailLink("/Account/ResetPassword", new { userId = user.Id, code });
            outbox.Enqueue(mails.PasswordReset(user.Email, user.DisplayName, link));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return RedirectToPage("/Account/ForgotPasswordConfirmation");
    }

    public sealed class InputModel
    {
        [Required]
        [EmailAddress]
        [StringLength(256)]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }
}
