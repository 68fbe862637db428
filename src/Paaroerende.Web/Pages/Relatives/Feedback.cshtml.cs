using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core;
using Paaroerende.Core.Data;
using Paaroerende.Core.Feedback;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// Feedback to the citizen's unit on the cooperation: a 1–5 rating on each fixed theme (each may be left as "ved ikke")
/// and free text, optionally anonymous: then neither the relative nor the citizen is stored, only the unit, the ratings,
/// the text and the day, and nothing is written to the audit log that could tie it to a person. Below the form the
/// relative sees their own named feedback about this citizen and the staff's answers; it is their own, not the
/// citizen's, so it is read without the consent gate (docs/adr/0037).
/// </summary>
public class FeedbackModel(PortalDbContext db, TimeProvider clock, IStringLocalizerFactory texts) : PageModel
{
    public const int TextLength = 2000;
    public const int EarlierShown = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationFacts Facts { get; private set; } = null!;

    public IReadOnlyList<EarlierFeedback> Earlier { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var access = RelativeAccess.From(HttpContext);
        await LoadAsync();
        if (string.IsNullOrWhiteSpace(Input.Text) && FeedbackScale.Themes.All(t => Input.RatingOf(t) is null))
        {
            var text = PageFirstStringLocalizer.For(typeof(FeedbackModel), texts);
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Text)}", text["Validation_RateOrWrite"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var unitId = await db.Citizens.Where(c => c.Id == access.CitizenId).Select(c => c.UnitId).SingleAsync(HttpContext.RequestAborted);
        var feedback = new UnitFeedback
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            PersonId = Input.Anonymous ? null : access.PersonId,
            CitizenId = Input.Anonymous ? null : access.CitizenId,
            Text = Input.Text?.Trim() ?? "",
            SubmittedOn = DanishTime.DayOf(Instant.Now(clock)),
        };
        foreach (var theme in FeedbackScale.Themes)
        {
            feedback.Rate(theme, Input.RatingOf(theme));
        }

        db.UnitFeedback.Add(feedback);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        new RelativeNotice(RelativeNoticeKind.FeedbackSent, Facts.Unit).Store(TempData);
        return RedirectToPage("/Relatives/Citizen", new { citizenId = access.CitizenId });
    }

    private async Task LoadAsync()
    {
        var access = RelativeAccess.From(HttpContext);
        Facts = await RelationFacts.LoadAsync(db, access, HttpContext.RequestAborted);
        var rows = await db.UnitFeedback.AsNoTracking()
            .Where(f => f.PersonId == access.PersonId && f.CitizenId == access.CitizenId)
            .OrderByDescending(f => f.SubmittedOn).Take(EarlierShown)
            .ToListAsync(HttpContext.RequestAborted);
        Earlier = rows.Select(f => new EarlierFeedback(f.Id, f.SubmittedOn, f.Text,
            FeedbackScale.Themes.Select(t => (t, f.RatingOf(t))).Where(x => x.Item2 is not null).Select(x => (x.t, x.Item2!.Value)).ToList(),
            f.HandledAtUtc, f.Answer)).ToList();
    }

    public sealed record EarlierFeedback(
        Guid Id, DateOnly SubmittedOn, string Text, IReadOnlyList<(FeedbackTheme Theme, int Rating)> Ratings,
        DateTime? HandledAtUtc, string? Answer);

    public sealed class InputModel
    {
        [Range(FeedbackScale.Lowest, FeedbackScale.Highest, ErrorMessage = "Validation_Choose")]
        [Display(Name = "Information")]
        public int? Information { get; set; }

        [Range(FeedbackScale.Lowest, FeedbackScale.Highest, ErrorMessage = "Validation_Choose")]
        [Display(Name = "ListenedTo")]
        public int? ListenedTo { get; set; }

        [Range(FeedbackScale.Lowest, FeedbackScale.Highest, ErrorMessage = "Validation_Choose")]
        [Display(Name = "Involvement")]
        public int? Involvement { get; set; }

        [Range(FeedbackScale.Lowest, FeedbackScale.Highest, ErrorMessage = "Validation_Choose")]
        [Display(Name = "StaffContact")]
        public int? StaffContact { get; set; }

        [StringLength(TextLength)]
        [Display(Name = "Text")]
        public string? Text { get; set; }

        [Display(Name = "Anonymous")]
        public bool Anonymous { get; set; }

        public int? RatingOf(FeedbackTheme theme) => theme switch
        {
            FeedbackTheme.Information => Information,
            FeedbackTheme.ListenedTo => ListenedTo,
            FeedbackTheme.Involvement => Involvement,
            FeedbackTheme.StaffContact => StaffContact,
            _ => throw new ArgumentOutOfRangeException(nameof(theme)),
        };
    }
}
