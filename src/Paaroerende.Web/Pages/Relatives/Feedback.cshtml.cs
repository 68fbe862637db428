using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Feedback;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// Feedback to the citizen's unit on the cooperation: a 1–5 rating on each fixed theme (each may be left as "ved ikke")
/// and free text, optionally anonymous: then neither the relative nor the citizen is stored, only the unit, the ratings,
/// the text and the day, and nothing is written to the audit log that could tie it to a person. Below the form the
/// relative sees their own named feedback about this citizen and the staff's answers (docs/adr/0037). The gate's
/// relation, its facts and that feedback come in one query (<see cref="GateInPageQueryAttribute"/>), so the page keeps
/// within three SQL commands.
/// </summary>
[GateInPageQuery]
public class FeedbackModel(PortalDbContext db, ConsentGate gate, AuditLog audit, TimeProvider clock, IStringLocalizerFactory texts) : RelativeCitizenPageModel
{
    public const int TextLength = 2000;
    public const int EarlierShown = 10;

    private Guid _unitId;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationFacts Facts { get; private set; } = null!;

    public IReadOnlyList<EarlierFeedback> Earlier { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        if (await LoadAsync(pending) is not { } access)
        {
            return await pending.DenyAsync(audit, HttpContext.RequestAborted);
        }

        await audit.RecordRelativePageReadAsync(access.UserId, access.PersonId, access.CitizenId, access.RelationId, "Feedback", HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        var ct = HttpContext.RequestAborted;
        if (await LoadAsync(pending) is not { } access)
        {
            return await pending.DenyAsync(audit, ct);
        }

        if (string.IsNullOrWhiteSpace(Input.Text) && FeedbackScale.Themes.All(t => Input.RatingOf(t) is null))
        {
            var text = PageFirstStringLocalizer.For(typeof(FeedbackModel), texts);
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Text)}", text["Validation_RateOrWrite"]);
        }

        if (!ModelState.IsValid)
        {
            await audit.RecordRelativePageReadAsync(access.UserId, access.PersonId, access.CitizenId, access.RelationId, "Feedback", ct);
            return Page();
        }

        var feedback = new UnitFeedback
        {
            Id = Guid.NewGuid(),
            UnitId = _unitId,
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
        await db.SaveChangesAsync(ct);
        new RelativeNotice(RelativeNoticeKind.FeedbackSent, Facts.Unit).Store(TempData);
        return RedirectToPage("/Relatives/Citizen", new { citizenId = access.CitizenId });
    }

    /// <summary>
    /// The gate's relation, its facts and the relative's own named feedback about the citizen in one query; grants access
    /// when the relation exists, null when it does not (the caller denies). Their own feedback, not the citizen's data:
    /// no topic is involved.
    /// </summary>
    private async Task<RelativeAccess?> LoadAsync(PendingRelativeAccess pending)
    {
        var found = await pending.Relation(gate)
            .WithFacts(pending.AtUtc, r => new
            {
                r.Citizen!.UnitId,
                // The citizen's id as a condition of the list's own: EF numbers the rows of the list before joining it to
                // the relation, and only a condition of its own lets SQLite search an index instead of reading it all
                // (QueryPlanTests).
                Earlier = db.UnitFeedback.Where(f => f.CitizenId == pending.CitizenId && f.PersonId == r.PersonId)
                    .OrderByDescending(f => f.SubmittedOn).Take(EarlierShown)
                    .Select(f => new EarlierRow(f.Id, f.SubmittedOn, f.Text, f.InformationRating, f.ListenedToRating,
                        f.InvolvementRating, f.StaffContactRating, f.HandledAtUtc, f.Answer))
                    .ToList(),
            })
            .AsNoTracking()
            .AsSingleQuery()
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (found is null)
        {
            return null;
        }

        Facts = found.Facts;
        _unitId = found.Item.UnitId;
        Earlier = found.Item.Earlier.Select(f => new EarlierFeedback(f.Id, f.SubmittedOn, f.Text,
            [.. FeedbackScale.Themes.Select(t => (Theme: t, Rating: f.RatingOf(t))).Where(x => x.Rating is not null).Select(x => (x.Theme, x.Rating!.Value))],
            f.HandledAtUtc, f.Answer)).ToList();
        return pending.Grant(HttpContext, found.RelationId, found.PersonId);
    }

    private sealed record EarlierRow(
        Guid Id, DateOnly SubmittedOn, string Text, int? Information, int? ListenedTo, int? Involvement, int? StaffContact,
        DateTime? HandledAtUtc, string? Answer)
    {
        public int? RatingOf(FeedbackTheme theme) => theme switch
        {
            FeedbackTheme.Information => Information,
            FeedbackTheme.ListenedTo => ListenedTo,
            FeedbackTheme.Involvement => Involvement,
            FeedbackTheme.StaffContact => StaffContact,
            _ => throw new ArgumentOutOfRangeException(nameof(theme)),
        };
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
