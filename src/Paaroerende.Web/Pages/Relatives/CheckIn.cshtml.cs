using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.CheckIns;
using Paaroerende.Core.Data;
using Paaroerende.Core.Messages;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// "Hvordan har du det?": a short questionnaire about the relative's own wellbeing. A request to be contacted becomes a
/// task for the staff of the citizen's unit and a conversation the relative can follow under "Beskeder"; the answers are otherwise not shown to anyone. Afterwards the relative is
/// shown the municipality's offers for relatives.
/// </summary>
public class CheckInModel(PortalDbContext db, Conversations conversations, IStringLocalizerFactory texts, TimeProvider clock) : RelativeCitizenPageModel
{
    public const int CommentLength = 2000;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationFacts Facts { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<RelativeAccess>();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var wantsContact = Input.WantsContact;
        var checkInId = Guid.NewGuid();
        db.WellbeingCheckIns.Add(new WellbeingCheckIn
        {
            Id = checkInId,
            RelationId = access.RelationId,
            SubmittedAtUtc = Core.Instant.Now(clock),
            Wellbeing = Input.Wellbeing!.Value,
            EnoughRest = Input.EnoughRest!.Value,
            EnoughSupport = Input.EnoughSupport!.Value,
            Comment = Blank(Input.Comment),
            WantsContact = wantsContact,
            ContactHow = wantsContact ? Blank(Input.ContactHow) : null,
        });
        if (wantsContact)
        {
            // The request becomes a conversation the relative can follow, saved with the check-in (one SaveChanges). It is
            // general, about no topic: the relative's own wellbeing, not the citizen's matters.
            var text = PageFirstStringLocalizer.For(typeof(CheckInModel), texts);
            var body = string.Join("\n\n", new[] { text["ContactThreadBody"].Value, Blank(Input.ContactHow), Blank(Input.Comment) }.OfType<string>());
            await conversations.StartAsync(new NewThread(access.UserId, access.PersonId, access.CitizenId, access.RelationId, null,
                text["ContactThreadSubject"], body, checkInId), HttpContext.RequestAborted);
        }
        else
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        TempData[CheckInThanksModel.ContactRequestedKey] = wantsContact;
        return RedirectToPage("/Relatives/CheckInThanks", new { citizenId = access.CitizenId });
    }

    private async Task LoadAsync() => Facts = await RelationFacts.LoadAsync(db, HttpContext.Access<RelativeAccess>(), HttpContext.RequestAborted);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Range(WellbeingCheckIn.LowestWellbeing, WellbeingCheckIn.HighestWellbeing, ErrorMessage = "Validation_Choose")]
        [Display(Name = "Wellbeing")]
        public int? Wellbeing { get; set; }

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "EnoughRest")]
        public CheckInAnswer? EnoughRest { get; set; }

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "EnoughSupport")]
        public CheckInAnswer? EnoughSupport { get; set; }

        [StringLength(CommentLength)]
        [Display(Name = "Comment")]
        public string? Comment { get; set; }

        [Display(Name = "WantsContact")]
        public bool WantsContact { get; set; }

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "ContactHow")]
        public string? ContactHow { get; set; }
    }
}
