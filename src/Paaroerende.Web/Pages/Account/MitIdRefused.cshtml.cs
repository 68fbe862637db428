using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Web.MitId;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// Why a MitID sign-in gave nothing, in plain Danish, and what to do. The reason in the address only picks the text;
/// the audit entry was written before the redirect, so a hand-made address changes nothing but the words shown.
/// </summary>
[AllowAnonymous]
public class MitIdRefusedModel : PageModel
{
    public MitIdRefusal Reason { get; private set; } = MitIdRefusal.Failed;

    public void OnGet(string? reason)
    {
        Reason = Enum.TryParse<MitIdRefusal>(reason, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed : MitIdRefusal.Failed;
    }
}
