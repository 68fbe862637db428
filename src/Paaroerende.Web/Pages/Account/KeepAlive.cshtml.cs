using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// "Bliv logget ind" in the session warning posts here. Any signed-in request renews the 30-minute window (see
/// IdentitySetup), so the answer needs no body.
/// </summary>
public class KeepAliveModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public IActionResult OnPost() => new NoContentResult();
}
