using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// The relative's receipt of what they may follow for one citizen now. Only the topics the gate allows are on it: a
/// topic the relative is kept out of is not the relative's to know about.
/// </summary>
public class ReceiptModel(ConsentGate gate, ConsentReceipts receipts) : PageModel
{
    public ConsentReceipt Receipt { get; private set; } = null!;

    public async Task OnGetAsync() => Receipt = await LoadAsync();

    public async Task<IActionResult> OnGetJsonAsync()
    {
        var receipt = await LoadAsync();
        var policyUrl = Url.Page("/Information/Municipality", null, new { municipality = receipt.MunicipalitySlug }, Request.Scheme)!;
        return File(ReceiptJson.Create(receipt, policyUrl), "application/json", ReceiptJson.FileName(receipt));
    }

    private async Task<ConsentReceipt> LoadAsync()
    {
        var access = RelativeAccess.From(HttpContext);
        var ct = HttpContext.RequestAborted;
        // The access filter's relation is the newest active one behind the sign-in, so also the newest of its person.
        var relationId = access.RelationId;
        var allowed = await gate.AllowedTopics(access.PersonId, access.CitizenId, access.AtUtc).ToListAsync(ct);
        var receipt = await receipts.ForRelationAsync(relationId, access.AtUtc, ct)
            ?? throw new InvalidOperationException("The filter let a missing relation through.");
        return receipt with
        {
            Lines = receipt.Lines.Where(l => allowed.Contains(l.Topic)
                && l.Level is ConsentLevel.Informed or ConsentLevel.Involved
                && ConsentLines.Covers(l.ValidFromUtc, l.ValidUntilUtc, access.AtUtc)).ToList(),
        };
    }
}
