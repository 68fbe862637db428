using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Server.AspNetCore;
using Paaroerende.Web.TestBroker;

namespace Paaroerende.Web.Pages.TestBroker;

/// <summary>
/// The test broker's end-session endpoint: it keeps no session of its own, so it only sends the browser back to the
/// portal's signed-out address, as NemLog-in does after ending its session. Development and tests only.
/// </summary>
[AllowAnonymous]
public class LogoutModel(IWebHostEnvironment environment) : PageModel
{
    /// <summary>The portal sends its end-session request as a GET redirect; a POST has no handler (404).</summary>
    public IActionResult OnGet() =>
        TestBrokerSetup.IsEnabled(environment) && HttpContext.GetOpenIddictServerRequest() is not null
            ? SignOut(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
            : NotFound();
}
