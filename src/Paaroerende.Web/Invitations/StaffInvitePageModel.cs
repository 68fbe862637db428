using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Data;
using Paaroerende.Core.Mail;
using Paaroerende.Web.Access;
using Paaroerende.Web.Staff;

namespace Paaroerende.Web.Invitations;

/// <summary>
/// The shape of staff's invitation pages, a relative's and a citizen's own: the page shows who is invited and the
/// newest invitation; a post issues a new one and queues its mail, saved together (an invitation and its mail are
/// stored together or not at all), and goes back to the citizen's page with a notice.
/// </summary>
public abstract class StaffInvitePageModel<TInput>(PortalDbContext db, MailOutbox outbox) : PageModel
    where TInput : StaffInviteInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The unit of work the invitation and its mail are saved in.</summary>
    protected PortalDbContext Db { get; } = db;

    public LatestInvitation? Latest { get; protected set; }

    /// <summary>Whether an invitation may be sent now (e.g. not to someone who signs in already).</summary>
    public abstract bool CanInvite { get; }

    /// <summary>The address the form starts with.</summary>
    protected abstract string? SuggestedEmail { get; }

    public async Task OnGetAsync()
    {
        await LoadAsync(HttpContext.Access<StaffAccess>(), HttpContext.RequestAborted);
        Input.Email = SuggestedEmail;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        await LoadAsync(access, ct);
        if (!CanInvite || !ModelState.IsValid)
        {
            return Page();
        }

        outbox.Enqueue(await IssueAsync(access, Input.Email!.Trim(), ct));
        await Db.SaveChangesAsync(ct);
        return Sent(access);
    }

    /// <summary>Loads who is invited and the newest invitation, within the staff member's scope.</summary>
    protected abstract Task LoadAsync(StaffAccess access, CancellationToken ct);

    /// <summary>Adds the invitation (and its audit entry) to the pending changes and returns its mail.</summary>
    protected abstract Task<OutgoingMail> IssueAsync(StaffAccess access, string email, CancellationToken ct);

    /// <summary>Where staff land once the invitation is sent.</summary>
    protected abstract IActionResult Sent(StaffAccess access);

}

/// <summary>The newest invitation to the same person, shown above the form.</summary>
public sealed record LatestInvitation(string Email, DateTime SentAtUtc, DateTime ExpiresAtUtc, DateTime? AcceptedAtUtc);

/// <summary>
/// The form of a staff invitation page. Each page derives its own input model from it, nested in the page model, so
/// the field's name in a validation message comes from that page's own texts ("Den pårørendes e-mailadresse").
/// </summary>
public abstract class StaffInviteInput
{
    // The message key is explicit: [EmailAddress] carries an English default that hides it from ValidationMessages.
    [Required]
    [EmailAddress(ErrorMessage = "Validation_Email")]
    [StringLength(FieldLengths.Email)]
    [Display(Name = "Email")]
    public string? Email { get; set; }
}
