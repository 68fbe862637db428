using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Expectations;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// The relative's expectation agreement (forventningsafstemning) about this citizen: the newest version, and a button
/// to acknowledge exactly that version. Reached only through <see cref="RelativeAccessFilter"/>, for the relative's own
/// active relation; the read is audited.
/// </summary>
public class ExpectationsModel(
    PortalDbContext db, ExpectationAgreements agreements, AuditLog audit, IStringLocalizerFactory texts) : PageModel
{
    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(ExpectationsModel), texts);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string CitizenName { get; private set; } = "";

    public string Unit { get; private set; } = "";

    public AgreementView? Agreement { get; private set; }

    public RelativeNotice? Notice { get; private set; }

    public async Task OnGetAsync()
    {
        Notice = RelativeNotice.Take(TempData);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var access = RelativeAccess.From(HttpContext);
        if (ModelState.IsValid)
        {
            if (await agreements.AcknowledgeAsync(
                    access.UserId, access.PersonId, access.RelationId, Input.AgreementId!.Value, HttpContext.RequestAborted))
            {
                new RelativeNotice(RelativeNoticeKind.AgreementAcknowledged).Store(TempData);
                return RedirectToPage("/Relatives/Expectations", new { citizenId = access.CitizenId });
            }

            ModelState.AddModelError(string.Empty, _text["ChangedMeanwhile"]);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var access = RelativeAccess.From(HttpContext);
        var ct = HttpContext.RequestAborted;
        var facts = await RelationFacts.LoadAsync(db, access, ct); // loaded by the access filter: no query of its own
        (CitizenName, Unit) = (facts.CitizenName, facts.Unit);

        Agreement = await db.ExpectationAgreements.AsNoTracking()
            .Where(a => a.RelationId == access.RelationId)
            .OrderByDescending(a => a.Version)
            .Select(a => new AgreementView(
                a.Id, a.Version, a.RelativeDoes, a.MunicipalityDoes, a.HowWeTalk, a.ContactPerson, a.NextReviewOn,
                a.RecordedAtUtc,
                db.ExpectationAcknowledgements.Where(k => k.AgreementId == a.Id).Select(k => (DateTime?)k.AcknowledgedAtUtc).FirstOrDefault(),
                db.ExpectationAgreements.Any(o => o.RelationId == a.RelationId && o.Version < a.Version
                    && db.ExpectationAcknowledgements.Any(k => k.AgreementId == o.Id))))
            .FirstOrDefaultAsync(ct);

        audit.Add(access.UserId, AuditAction.RelativeRead, AuditOutcome.Allowed, access.CitizenId, access.PersonId,
            access.RelationId, detail: "ExpectationAgreement");
        await db.SaveChangesAsync(ct);
    }

    public sealed record AgreementView(
        Guid Id, int Version, string RelativeDoes, string MunicipalityDoes, string HowWeTalk, string ContactPerson,
        DateOnly NextReviewOn, DateTime RecordedAtUtc, DateTime? AcknowledgedAtUtc, bool EarlierVersionAcknowledged);

    public sealed class InputModel
    {
        [Required]
        public Guid? AgreementId { get; set; }
    }
}
