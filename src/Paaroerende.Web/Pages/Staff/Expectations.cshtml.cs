using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff record the expectation agreement with one relative, and revise it: each save is a new version, the old ones
/// stay, and the page shows who acknowledged which version when. A revision written on a page opened before a colleague
/// saved a newer version is not saved over it: the page says so, keeps what was typed, and shows the newer version.
/// </summary>
public class ExpectationsModel(
    PortalDbContext db, StaffScope scope, ExpectationAgreements agreements, IStringLocalizerFactory texts) : PageModel
{
    public const int TextLength = 2000;

    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(ExpectationsModel), texts);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationView Relation { get; private set; } = null!;

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public StaffNotice? Notice { get; private set; }

    public async Task OnGetAsync()
    {
        Notice = StaffNotice.Take(TempData);
        await LoadAsync();
        Input = new InputModel { BasedOnVersion = CurrentVersion };
        if (Versions.Count > 0 && Versions[0] is var current)
        {
            Input = new InputModel
            {
                BasedOnVersion = current.Version,
                RelativeDoes = current.RelativeDoes,
                MunicipalityDoes = current.MunicipalityDoes,
                HowWeTalk = current.HowWeTalk,
                ContactPerson = current.ContactPerson,
                NextReviewOn = current.NextReviewOn,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        await LoadAsync();
        if (Relation.EndedAtUtc is not null)
        {
            return Page();
        }

        if (Input.NextReviewOn is { } review && review <= DanishTime.DayOf(access.AtUtc))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.NextReviewOn)}", _text["ReviewInFuture"]);
        }

        if (Input.BasedOnVersion is { } basedOn && basedOn != CurrentVersion && Versions.Count > 0)
        {
            var newer = Versions[0];
            // Saved meanwhile by someone else: saving now would replace their version without anyone having read it.
            ModelState.AddModelError(string.Empty, _text.GetString("ChangedMeanwhile", newer.Version, newer.RecordedBy ?? "",
                DanishTime.Format(newer.RecordedAtUtc)));
            Input.BasedOnVersion = CurrentVersion;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var version = await agreements.RecordVersionAsync(access.UserId, access.RelationId!.Value, new ExpectationContent(
            Input.RelativeDoes!.Trim(), Input.MunicipalityDoes!.Trim(), Input.HowWeTalk!.Trim(), Input.ContactPerson!.Trim(),
            Input.NextReviewOn!.Value), HttpContext.RequestAborted);
        new StaffNotice(StaffNoticeKind.ExpectationsRecorded, version, access.RelationId).Store(TempData);
        return RedirectToPage("/Staff/Expectations", new { citizenId = access.CitizenId, relationId = access.RelationId });
    }

    /// <summary>The newest version's number; 0 before the first.</summary>
    public int CurrentVersion => Versions.Count > 0 ? Versions[0].Version : 0;

    private async Task LoadAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        Relation = await scope.Relations(access.UserId).AsNoTracking()
            .Where(r => r.Id == access.RelationId)
            .Select(r => new RelationView(
                r.Person!.FirstName + " " + r.Person.LastName, r.Citizen!.FirstName + " " + r.Citizen.LastName,
                r.Kind, YoungRelatives.IsMinorAt(r.Person.BirthDate, r.RelativeIsMinor, access.AtUtc), r.EndedAtUtc))
            .SingleAsync(ct);
        Versions = await db.ExpectationAgreements.AsNoTracking()
            .Where(a => a.RelationId == access.RelationId)
            .OrderByDescending(a => a.Version)
            .Select(a => new VersionRow(
                a.Version, a.RelativeDoes, a.MunicipalityDoes, a.HowWeTalk, a.ContactPerson, a.NextReviewOn, a.RecordedAtUtc,
                db.Users.Where(u => u.Id == a.RecordedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                db.ExpectationAcknowledgements.Where(k => k.AgreementId == a.Id).Select(k => (DateTime?)k.AcknowledgedAtUtc).FirstOrDefault(),
                db.ExpectationAcknowledgements.Where(k => k.AgreementId == a.Id)
                    .Select(k => db.People.Where(p => p.Id == k.PersonId).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault())
                    .FirstOrDefault()))
            .ToListAsync(ct);
    }

    public sealed record RelationView(
        string Name, string CitizenName, Core.Relatives.RelationKind Kind, bool IsMinor, DateTime? EndedAtUtc);

    public sealed record VersionRow(
        int Version, string RelativeDoes, string MunicipalityDoes, string HowWeTalk, string ContactPerson,
        DateOnly NextReviewOn, DateTime RecordedAtUtc, string? RecordedBy, DateTime? AcknowledgedAtUtc, string? AcknowledgedBy);

    public sealed class InputModel
    {
        [Required]
        [StringLength(TextLength)]
        [Display(Name = "RelativeDoes")]
        public string? RelativeDoes { get; set; }

        [Required]
        [StringLength(TextLength)]
        [Display(Name = "MunicipalityDoes")]
        public string? MunicipalityDoes { get; set; }

        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "HowWeTalk")]
        public string? HowWeTalk { get; set; }

        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "ContactPerson")]
        public string? ContactPerson { get; set; }

        [Required]
        [Display(Name = "NextReviewOn")]
        public DateOnly? NextReviewOn { get; set; }

        /// <summary>The version the form showed when it was opened (0 for none), to notice a newer one saved meanwhile.</summary>
        public int? BasedOnVersion { get; set; }
    }
}
