using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Records the citizen's nomination of a new relative. The relative always becomes a new person: matching an
/// existing person by e-mail would tell staff in one municipality who is a relative in another.
/// </summary>
public class NominateModel(StaffScope scope, ConsentRecorder recorder, IStringLocalizerFactory texts, TimeProvider clock) : PageModel
{
    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(NominateModel), texts);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string CitizenName { get; private set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        if (Input.RelativeBirthDate is { } born
            && (born > DanishTime.DayOf(Instant.Now(clock)) || born < DanishTime.DayOf(Instant.Now(clock)).AddYears(-OldestAge)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.RelativeBirthDate)}", _text["BirthDateNotPossible"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var relationId = await recorder.NominateAsync(access.UserId, new NominationCommand(
            access.CitizenId, ExistingPersonId: null, Input.FirstName!.Trim(), Input.LastName!.Trim(),
            Blank(Input.Email), Blank(Input.Phone), Input.Kind!.Value, Input.RelativeBirthDate, Input.HowGiven!.Value),
            HttpContext.RequestAborted);

        new StaffNotice(StaffNoticeKind.RelationRecorded, 1, relationId).Store(TempData);
        return RedirectToPage("/Staff/Consent", new { citizenId = access.CitizenId, relationId });
    }

    private async Task LoadAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        CitizenName = await scope.Citizens(access.UserId).AsNoTracking()
            .Where(c => c.Id == access.CitizenId)
            .Select(c => c.FirstName + " " + c.LastName)
            .SingleAsync(HttpContext.RequestAborted);
    }

    /// <summary>A birth date further back is a typing error, not a relative.</summary>
    private const int OldestAge = 120;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed class InputModel : PersonNameInput
    {
        // The message key is explicit: these attributes carry an English default that hides them from ValidationMessages.
        [EmailAddress(ErrorMessage = "Validation_Email")]
        [StringLength(FieldLengths.Email)]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Phone(ErrorMessage = "Validation_Phone")]
        [StringLength(FieldLengths.Phone)]
        [Display(Name = "Phone")]
        public string? Phone { get; set; }

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Kind")]
        public RelationKind? Kind { get; set; }

        [Display(Name = "RelativeBirthDate")]
        public DateOnly? RelativeBirthDate { get; set; }

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "HowGiven")]
        public HowGiven? HowGiven { get; set; }
    }
}
