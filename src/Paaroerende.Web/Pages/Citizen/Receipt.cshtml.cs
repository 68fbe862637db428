using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Consents;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>The receipt of what one relative may see now, shown after each change: printable, and as JSON.</summary>
public class ReceiptModel(ConsentReceipts receipts) : PageModel
{
    public const string NoticeKey = "CitizenNotice";

    public ConsentReceipt Receipt { get; private set; } = null!;

    public string? Notice { get; private set; }

    public async Task OnGetAsync()
    {
        Notice = TempData[NoticeKey] as string;
        Receipt = await LoadAsync();
    }

    public async Task<IActionResult> OnGetJsonAsync()
    {
        var receipt = await LoadAsync();
        return File(ReceiptJson.Create(receipt, PolicyUrl(receipt)), "application/json", ReceiptJson.FileName(receipt));
    }

    public string PolicyUrl(ConsentReceipt receipt) =>
        Url.Page("/Information/Municipality", null, new { municipality = receipt.MunicipalitySlug }, Request.Scheme)!;

    private async Task<ConsentReceipt> LoadAsync()
    {
        var access = HttpContext.Access<CitizenAccess>();
        return await receipts.ForRelationAsync(access.RelationId!.Value, access.AtUtc, HttpContext.RequestAborted)
            ?? throw new InvalidOperationException("The filter let a missing relation through.");
    }
}
