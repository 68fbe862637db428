using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Identity;
using Paaroerende.Web.MitId;
using Paaroerende.Web.Navigation;

namespace Paaroerende.Web.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery), so no link or prefetch can sign a user out.</summary>
[AllowAnonymous]
public class LogoutModel(SignInManager<PortalUser> signIn, IAuthenticationSchemeProvider schemes) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // Signed in through a municipality's own provider: its session ends the same way (docs/adr/0044).
        if (await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme) is { Succeeded: true } session
            && session.Properties.Items.TryGetValue(StaffSignInCallbackModel.SignedInWithItem, out var scheme)
            && scheme is not null && await schemes.GetSchemeAsync(scheme) is not null
            && session.Properties.GetTokenValue("id_token") is not null)
        {
            await HttpContext.SignOutAsync(scheme, new AuthenticationProperties { RedirectUri = PagePaths.Account.LoggedOut });
            await signIn.SignOutAsync();
            return new EmptyResult();
        }

        // Signed in with MitID (the cookie keeps its identity token; the claims are rebuilt every minute and lose the
        // sign-in method, the cookie's properties do not): the broker's session ends too, at its end-session
        // endpoint, and the browser comes back to "logget ud". The token is read before the cookie goes.
        if (await schemes.GetSchemeAsync(MitIdOptions.Scheme) is not null
            && await HttpContext.GetTokenAsync(IdentityConstants.ApplicationScheme, "id_token") is not null)
        {
            var properties = new AuthenticationProperties { RedirectUri = PagePaths.Account.LoggedOut };
            await HttpContext.SignOutAsync(MitIdOptions.Scheme, properties);
            await signIn.SignOutAsync();
            return new EmptyResult();
        }

        await signIn.SignOutAsync();
        return RedirectToPage(PagePaths.Account.LoggedOut);
    }
}
