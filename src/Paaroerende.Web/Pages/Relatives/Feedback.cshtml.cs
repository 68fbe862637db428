using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Data;
using Paaroerende.Core.Feedback;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// Feedback to the citizen's unit on the cooperation, optionally anonymous: then neither the relative nor the citizen is
/// stored, only the unit, the text and the day, and nothing is written to the audit log that could tie it to a person.
/// </summary>
public class FeedbackModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public const int TextLength = 2000;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationFacts Facts { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var access = RelativeAccess.From(HttpContext);
        await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var unitId = await db.Citizens.Where(c => c.Id == access.CitizenId).Select(c => c.UnitId).SingleAsync(HttpContext.RequestAborted);
        db.UnitFeedback.Add(new UnitFeedback
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            PersonId = Input.Anonymous ? null : access.PersonId,
            CitizenId = Input.Anonymous ? null : access.CitizenId,
            Text = Input.Text!.Trim(),
            SubmittedOn = DanishTime.DayOf(Instant.Now(clock)),
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        new RelativeNotice(RelativeNoticeKind.FeedbackSent, Facts.Unit).Store(TempData);
        return RedirectToPage("/Relatives/Citizen", new { citizenId = access.CitizenId });
    }

    private async Task LoadAsync() => Facts = await RelationFacts.LoadAsync(db, RelativeAccess.From(HttpContext), HttpContext.RequestAborted);

    public sealed class InputModel
    {
        [Required]
        [StringLength(TextLength)]
        [Display(Name = "Text")]
        public string? Text { get; set; }

        [Display(Name = "Anonymous")]
        public bool Anonymous { get; set; }
    }
}
