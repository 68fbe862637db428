using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;
using Paaroerende.Core.Updates;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Staff;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff correct an update's text, or withdraw it (docs/adr/0034). The page shows what it says now, who can read it,
/// and what it said before each earlier change. A withdrawn update is shown with its history and can no longer change.
/// </summary>
[StaffCitizenPage]
public class UpdateCorrectionModel(
    PortalDbContext db, StaffScope scope, UpdateCorrections corrections, PageText<UpdateCorrectionModel> text) : PageModel
{
    [BindProperty]
    public CorrectionInput Input { get; set; } = new();

    [BindProperty]
    public WithdrawalInput Withdrawal { get; set; } = new();

    public string CitizenName { get; private set; } = "";

    public UpdateFacts Update { get; private set; } = null!;

    public IReadOnlyList<RevisionRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid updateId)
    {
        if (!await LoadAsync(updateId))
        {
            return NotFound();
        }

        Input = new CorrectionInput { Title = Update.Title, Body = Update.Body };
        return Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid updateId)
    {
        OnlyValidate(nameof(Input));

        if (!await LoadAsync(updateId) || Update.WithdrawnAtUtc is not null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && Input.Title!.Trim() == Update.Title && Input.Body!.Trim() == Update.Body)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Body)}", text["NothingChanged"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var access = StaffAccess.From(HttpContext);
        await corrections.CorrectAsync(access.UserId, access.CitizenId, updateId,
            new UpdateText(Input.Title!.Trim(), Input.Body!.Trim(), Input.Reason!), HttpContext.RequestAborted);
        new StaffNotice(StaffNoticeKind.UpdateCorrected, 1, null).Store(TempData);
        return RedirectToPage("/Staff/Updates", new { citizenId = access.CitizenId });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid updateId)
    {
        OnlyValidate(nameof(Withdrawal));

        if (!await LoadAsync(updateId) || Update.WithdrawnAtUtc is not null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Input = new CorrectionInput { Title = Update.Title, Body = Update.Body };
            return Page();
        }

        var access = StaffAccess.From(HttpContext);
        await corrections.WithdrawAsync(access.UserId, access.CitizenId, updateId, Withdrawal.Reason!, HttpContext.RequestAborted);
        new StaffNotice(StaffNoticeKind.UpdateWithdrawn, 1, null).Store(TempData);
        return RedirectToPage("/Staff/Updates", new { citizenId = access.CitizenId });
    }

    /// <summary>The page has two forms; a post validates only its own (the other's empty fields are not errors).</summary>
    private void OnlyValidate(string form)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    private async Task<bool> LoadAsync(Guid updateId)
    {
        var access = StaffAccess.From(HttpContext);
        var ct = HttpContext.RequestAborted;
        var citizens = scope.Citizens(access.UserId).Where(c => c.Id == access.CitizenId);
        var found = await db.CitizenUpdates.AsNoTracking()
            .Where(u => u.Id == updateId && citizens.Any(c => c.Id == u.CitizenId))
            .Select(u => new
            {
                Update = new UpdateFacts(u.Id, u.Topic, u.Title, u.Body, u.PublishedAtUtc, u.CorrectedAtUtc, u.WithdrawnAtUtc,
                    db.Users.Where(x => x.Id == u.AuthorUserId).Select(x => x.DisplayName).FirstOrDefault()),
                Citizen = citizens.Select(c => c.FirstName + " " + c.LastName).First(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return false;
        }

        Update = found.Update;
        CitizenName = found.Citizen;
        History = await db.CitizenUpdateRevisions.AsNoTracking()
            .Where(r => r.UpdateId == updateId)
            .OrderByDescending(r => r.RecordedAtUtc)
            .Select(r => new RevisionRow(r.Change, r.Title, r.Body, r.Reason, r.RecordedAtUtc,
                db.Users.Where(x => x.Id == r.RecordedByUserId).Select(x => x.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        return true;
    }

    public sealed record UpdateFacts(
        Guid Id, ConsentTopic Topic, string Title, string Body, DateTime PublishedAtUtc, DateTime? CorrectedAtUtc,
        DateTime? WithdrawnAtUtc, string? Author);

    public sealed record RevisionRow(UpdateChange Change, string Title, string Body, string Reason, DateTime RecordedAtUtc, string? By);

    public sealed class CorrectionInput
    {
        [Required]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "UpdateTitle")]
        public string? Title { get; set; }

        [Required]
        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Body")]
        public string? Body { get; set; }

        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }

    public sealed class WithdrawalInput
    {
        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "WithdrawReason")]
        public string? Reason { get; set; }
    }
}
