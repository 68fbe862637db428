using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Web.StaffSignIn;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// Why a sign-in through the municipality's provider gave nothing, and what to do. The reason in the address only
/// picks the text; the audit entry was written before the redirect.
/// </summary>
[AllowAnonymous]
public class StaffSignInRefusedModel : PageModel
{
    public StaffSignInRefusal Reason { get; private set; } = StaffSignInRefusal.Failed;

    public void OnGet(string? reason)
    {
        Reason = Enum.TryParse<StaffSignInRefusal>(reason, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed : StaffSignInRefusal.Failed;
    }
}
