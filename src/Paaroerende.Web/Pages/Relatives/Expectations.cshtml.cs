using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Expectations;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// The relative's expectation agreement (forventningsafstemning) about this citizen: the newest version, and a button
/// to acknowledge exactly that version. Reached only through <see cref="RelativeAccessFilter"/>, for the relative's own
/// active relation; the read is audited. The gate's relation and the agreement come in one query
/// (<see cref="GateInPageQueryAttribute"/>, issue #7's budget).
/// </summary>
[GateInPageQuery]
public class ExpectationsModel(
    PortalDbContext db, ConsentGate gate, ExpectationAgreements agreements, AuditLog audit, IStringLocalizerFactory texts)
    : RelativeCitizenPageModel
{
    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(ExpectationsModel), texts);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string CitizenName { get; private set; } = "";

    public string Unit { get; private set; } = "";

    public AgreementView? Agreement { get; private set; }

    public RelativeNotice? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        if (await LoadAsync(pending) is not { } access)
        {
            return await pending.DenyAsync(audit, HttpContext.RequestAborted);
        }

        Notice = RelativeNotice.Take(TempData);
        await AuditReadAsync(access);
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

        if (ModelState.IsValid)
        {
            if (await agreements.AcknowledgeAsync(access.UserId, access.PersonId, access.RelationId, Input.AgreementId!.Value, ct))
            {
                new RelativeNotice(RelativeNoticeKind.AgreementAcknowledged).Store(TempData);
                return RedirectToPage("/Relatives/Expectations", new { citizenId = access.CitizenId });
            }

            ModelState.AddModelError(string.Empty, _text["ChangedMeanwhile"]);
            await LoadAsync(pending); // staff changed the agreement meanwhile: show the version that is newest now
        }

        await AuditReadAsync(access);
        return Page();
    }

    /// <summary>
    /// The gate's relation (the sign-in's newest active relation to the citizen), its facts and its newest agreement in
    /// one query; grants access when the relation exists, null when it does not (the caller denies).
    /// </summary>
    private async Task<RelativeAccess?> LoadAsync(PendingRelativeAccess pending)
    {
        // Narrowed to the agreements of the citizen's relations by an index search before EF numbers them to find the
        // newest: SQLite has no LATERAL join, and numbered over the whole table it was a scan per request.
        var citizenRelations = db.Relations.Where(x => x.CitizenId == pending.CitizenId).Select(x => x.Id);
        var found = await pending.Relation(gate)
            .Select(r => new
            {
                r.Id, r.PersonId,
                CitizenName = r.Citizen!.FirstName + " " + r.Citizen.LastName,
                Unit = r.Citizen.Unit!.Name,
                Agreement = db.ExpectationAgreements
                    .Where(a => citizenRelations.Contains(a.RelationId) && a.RelationId == r.Id)
                    .OrderByDescending(a => a.Version)
                    .Take(1)
                    .Select(a => new AgreementView(
                        a.Id, a.Version, a.RelativeDoes, a.MunicipalityDoes, a.HowWeTalk, a.ContactPerson, a.NextReviewOn,
                        a.RecordedAtUtc,
                        db.ExpectationAcknowledgements.Where(k => k.AgreementId == a.Id).Select(k => (DateTime?)k.AcknowledgedAtUtc).FirstOrDefault(),
                        db.ExpectationAgreements.Any(o => o.RelationId == a.RelationId && o.Version < a.Version
                            && db.ExpectationAcknowledgements.Any(k => k.AgreementId == o.Id))))
                    .ToList(), // a list of one, not FirstOrDefault: that would need APPLY, which SQLite lacks
            })
            .AsNoTracking()
            .AsSingleQuery()
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (found is null)
        {
            return null;
        }

        (CitizenName, Unit, Agreement) = (found.CitizenName, found.Unit, found.Agreement.FirstOrDefault());
        return pending.Grant(HttpContext, found.Id, found.PersonId);
    }

    private async Task AuditReadAsync(RelativeAccess access)
    {
        audit.Add(access.UserId, AuditAction.RelativeRead, AuditOutcome.Allowed, access.CitizenId, access.PersonId,
            access.RelationId, detail: "ExpectationAgreement");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
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
