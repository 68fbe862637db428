using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// The relative's receipt of what they may follow for one citizen now. Only the topics the gate allows are on it: a
/// topic the relative is kept out of is not the relative's to know about. The gate (relation and allowed topics) and
/// the receipt come in one query (<see cref="GateInPageQueryAttribute"/>, issue #7's budget).
/// </summary>
[GateInPageQuery]
public class ReceiptModel(PortalDbContext db, ConsentGate gate, ConsentReceipts receipts, AuditLog audit) : PageModel
{
    /// <summary>How the audit log names a read of the receipt (page or download).</summary>
    public const string ReceiptDetail = "ConsentReceipt";

    public ConsentReceipt Receipt { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        if (await LoadAsync(pending) is not { } receipt)
        {
            return await pending.DenyAsync(audit, HttpContext.RequestAborted);
        }

        Receipt = receipt;
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync()
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        if (await LoadAsync(pending) is not { } receipt)
        {
            return await pending.DenyAsync(audit, HttpContext.RequestAborted);
        }

        var policyUrl = Url.Page("/Information/Municipality", null, new { municipality = receipt.MunicipalitySlug }, Request.Scheme)!;
        return File(ReceiptJson.Create(receipt, policyUrl), "application/json", ReceiptJson.FileName(receipt));
    }

    /// <summary>
    /// The receipt of the gate's relation (the sign-in's newest active relation to the citizen) with only the lines in
    /// force in a topic the gate allows; null when there is no such relation (the caller denies).
    /// </summary>
    private async Task<ConsentReceipt?> LoadAsync(PendingRelativeAccess pending)
    {
        var allowed = gate.AllowedTopicsOn(gate.ActiveRelationsOfUser(pending.UserId, pending.AtUtc), pending.AtUtc);
        var found = await receipts.Sources(pending.Relation(gate), pending.AtUtc)
            .Select(s => new
            {
                Source = s,
                TopicBits = allowed.Where(t => t.PersonId == s.PersonId && t.CitizenId == s.CitizenId).Sum(TopicBits.Of),
            })
            .AsSingleQuery()
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (found is null)
        {
            return null;
        }

        var access = pending.Grant(HttpContext, found.Source.RelationId, found.Source.PersonId);
        var topics = TopicBits.Topics(found.TopicBits);

        // Every read is audited: the receipt names the topics the relative follows, so it is a read of the citizen.
        audit.Add(access.UserId, AuditAction.RelativeRead, AuditOutcome.Allowed, access.CitizenId, access.PersonId,
            access.RelationId, detail: ReceiptDetail);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        // Only the lines that let the relative see a topic they see now, and the receipt's time and id from those alone:
        // a change on a topic they cannot see must not show on their receipt, not even as a new time.
        return ConsentReceipts.Build(found.Source, access.AtUtc, l => topics.Contains(l.Topic)
            && ConsentRule.Grants(l.Level)
            && ConsentRule.Covers(l.ValidFromUtc, l.ValidUntilUtc, access.AtUtc));
    }
}
