using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.MitId;
using Paaroerende.Web.Navigation;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// "Log ind med MitID": sends the browser to MitID (NemLog-in, or the local test broker). A GET link, not a form: the
/// content security policy lets forms post only to the portal, and a browser applies that to where the post redirects.
/// Starting a sign-in changes nothing, and the state, nonce and PKCE tie the answer to this browser. The invitation
/// token and the return address travel inside the protected state, never to MitID in the clear.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class MitIdModel(IAuthenticationSchemeProvider schemes) : PageModel
{
    public const string InvitationItem = "paaroerende.invitation";
    public const string ReturnUrlItem = "paaroerende.return-url";

    public async Task<IActionResult> OnGetAsync(string? returnUrl, string? invitation)
    {
        if (await schemes.GetSchemeAsync(MitIdOptions.Scheme) is null)
        {
            return NotFound();
        }

        var properties = new AuthenticationProperties { RedirectUri = PagePaths.Account.MitIdCallback };
        if (ReturnUrls.Local(Url, returnUrl) is { } local)
        {
            properties.Items[ReturnUrlItem] = local;
        }

        if (!string.IsNullOrEmpty(invitation))
        {
            properties.Items[InvitationItem] = invitation;
        }

        return Challenge(properties, MitIdOptions.Scheme);
    }
}
