using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.Privacy;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Privacy;

namespace Paaroerende.Web.Pages.Admin.Privacy;

/// <summary>
/// The administrator's own municipality's privacy notice (docs/adr/0032): one per municipality, so the page takes no
/// id — the municipality is the signed-in administrator's, and no form field can name another. The first save adds the
/// row, later saves change it; each is logged with before and after in the same SaveChanges, like the other editors.
/// </summary>
public class IndexModel(PortalDbContext db, AdminAudit audit, PrivacyNoticeDefaults defaults, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string MunicipalityName { get; private set; } = "";

    public string MunicipalitySlug { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var notice = await LoadAsync();
        Input = notice is null
            ? new InputModel { PurposesMarkdown = defaults.DanishPurposes, LegalBasesMarkdown = defaults.DanishLegalBases }
            : new InputModel
            {
                ControllerAddress = notice.ControllerAddress, ControllerCvr = notice.ControllerCvr,
                ControllerEmail = notice.ControllerEmail, ControllerPhone = notice.ControllerPhone,
                DpoName = notice.DpoName, DpoEmail = notice.DpoEmail, DpoPhone = notice.DpoPhone,
                PurposesMarkdown = notice.PurposesMarkdown ?? defaults.DanishPurposes,
                LegalBasesMarkdown = notice.LegalBasesMarkdown ?? defaults.DanishLegalBases,
            };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var notice = await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = notice is null ? null : AdminSnapshots.Of(notice);
        if (notice is null)
        {
            notice = new PrivacyNotice { MunicipalityId = AdminScope.MunicipalityIdOf(User) };
            db.PrivacyNotices.Add(notice);
        }

        Apply(notice);
        audit.Add(AdminScope.ActorOf(User), AdminEntityType.PrivacyNotice, notice.MunicipalityId,
            before is null ? AdminAuditAction.Created : AdminAuditAction.Updated, MunicipalityName, before, AdminSnapshots.Of(notice));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        SavedNotice.Saved(TempData, MunicipalityName);
        return RedirectToPage();
    }

    /// <summary>The notice of the administrator's municipality (tracked, for saving), and its name for the page.</summary>
    private async Task<PrivacyNotice?> LoadAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var ct = HttpContext.RequestAborted;
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId)
            .Select(m => new { m.Name, m.Slug }).SingleAsync(ct);
        (MunicipalityName, MunicipalitySlug) = (municipality.Name, municipality.Slug);
        return await db.PrivacyNotices.SingleOrDefaultAsync(n => n.MunicipalityId == municipalityId, ct);
    }

    private void Apply(PrivacyNotice notice)
    {
        notice.ControllerAddress = Optional.Text(Input.ControllerAddress);
        notice.ControllerCvr = Optional.Text(Input.ControllerCvr);
        notice.ControllerEmail = Optional.Text(Input.ControllerEmail);
        notice.ControllerPhone = Optional.Text(Input.ControllerPhone);
        notice.DpoName = Optional.Text(Input.DpoName);
        notice.DpoEmail = Optional.Text(Input.DpoEmail);
        notice.DpoPhone = Optional.Text(Input.DpoPhone);
        notice.PurposesMarkdown = PrivacyNoticeDefaults.OwnText(Input.PurposesMarkdown, defaults.DanishPurposes);
        notice.LegalBasesMarkdown = PrivacyNoticeDefaults.OwnText(Input.LegalBasesMarkdown, defaults.DanishLegalBases);
        notice.UpdatedAtUtc = Instant.Now(clock);
    }

    public sealed class InputModel
    {
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "ControllerAddress")]
        public string? ControllerAddress { get; set; }

        [RegularExpression("^ *[0-9]{8} *$", ErrorMessage = "CvrInvalid")]
        [Display(Name = "ControllerCvr")]
        public string? ControllerCvr { get; set; }

        [StringLength(FieldLengths.Email)]
        [MailAddress]
        [Display(Name = "ControllerEmail")]
        public string? ControllerEmail { get; set; }

        [StringLength(FieldLengths.Phone)]
        [DanishPhone]
        [Display(Name = "ControllerPhone")]
        public string? ControllerPhone { get; set; }

        [StringLength(FieldLengths.Name)]
        [Display(Name = "DpoName")]
        public string? DpoName { get; set; }

        [StringLength(FieldLengths.Email)]
        [MailAddress]
        [Display(Name = "DpoEmail")]
        public string? DpoEmail { get; set; }

        [StringLength(FieldLengths.Phone)]
        [DanishPhone]
        [Display(Name = "DpoPhone")]
        public string? DpoPhone { get; set; }

        [StringLength(FieldLengths.LongText)]
        [Display(Name = "PurposesMarkdown")]
        public string? PurposesMarkdown { get; set; }

        [StringLength(FieldLengths.LongText)]
        [Display(Name = "LegalBasesMarkdown")]
        public string? LegalBasesMarkdown { get; set; }
    }
}
