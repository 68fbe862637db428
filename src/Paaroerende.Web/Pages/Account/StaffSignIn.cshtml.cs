using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Navigation;
using Paaroerende.Web.StaffSignIn;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// "Log ind som medarbejder i …": sends the browser to the municipality's own identity provider. A GET link, as for
/// MitID (the content security policy lets forms post only to the portal). The municipality, the invitation token and
/// the return address travel inside the protected state.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class StaffSignInModel(StaffProviders providers) : PageModel
{
    public const string MunicipalityItem = "paaroerende.staff-municipality";

    public IActionResult OnGet(string? municipality, string? returnUrl, string? invitation)
    {
        if (providers.Find(municipality) is not { } provider)
        {
            return NotFound();
        }

        var properties = new AuthenticationProperties { RedirectUri = PagePaths.Account.StaffSignInCallback };
        properties.Items[MunicipalityItem] = provider.Slug;
        if (ReturnUrls.Local(Url, returnUrl) is { } local)
        {
            properties.Items[MitIdModel.ReturnUrlItem] = local;
        }

        if (!string.IsNullOrEmpty(invitation))
        {
            properties.Items[MitIdModel.InvitationItem] = invitation;
        }

        return Challenge(properties, provider.Scheme);
    }
}
