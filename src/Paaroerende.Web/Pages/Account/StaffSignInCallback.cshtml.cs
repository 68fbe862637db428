using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.StaffSignIn;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// Where a sign-in through the municipality's provider lands once the OpenID Connect handler has checked the answer
/// (signature, issuer, audience, lifetime, nonce, state, multi-factor): the identity is read from the short-lived
/// external cookie, which is then removed; the employee's sign-in is found (or bound through an invitation) and given
/// the roles and units the groups grant. The session is then the portal's own cookie, marked as two-factor: the
/// provider did the second factor, so the authenticator app is not asked for.
/// </summary>
[AllowAnonymous]
public class StaffSignInCallbackModel(
    StaffProviders providers, StaffIdpAccounts accounts, SignInManager<PortalUser> signIn) : PageModel
{
    /// <summary>The cookie's record of which provider signed the session in, so signing out ends that one's session.</summary>
    public const string SignedInWithItem = "paaroerende.signed-in-with";

    public async Task<IActionResult> OnGetAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var items = external.Properties?.Items ?? new Dictionary<string, string?>();
        var provider = items.TryGetValue(StaffSignInModel.MunicipalityItem, out var slug) ? providers.Find(slug) : null;
        var identity = external.Succeeded && provider is not null ? StaffIdentity.From(external.Principal, provider.Settings) : null;
        if (provider is null || identity is null)
        {
            return await RefuseAsync(StaffSignInRefusal.Failed, "NoExternalSignIn");
        }

        items.TryGetValue(MitIdModel.InvitationItem, out var invitation);
        var result = await accounts.SignInAsync(provider, identity, invitation, HttpContext.RequestAborted);
        if (result.User is not { } user)
        {
            return await RefuseAsync(result.Refusal!.Value, result.Detail!, result.RefusedUserId);
        }

        var session = new AuthenticationProperties();
        session.Items[SignedInWithItem] = provider.Scheme;
        if (external.Properties!.GetTokenValue("id_token") is { } idToken)
        {
            session.StoreTokens([new AuthenticationToken { Name = "id_token", Value = idToken }]);
        }

        await signIn.SignInWithClaimsAsync(user, session,
        [
            new Claim(PortalClaims.TwoFactorEnabled, PortalClaims.TwoFactorByProvider),
            new Claim(ClaimTypes.AuthenticationMethod, provider.Scheme),
        ]);
        items.TryGetValue(MitIdModel.ReturnUrlItem, out var returnUrl);
        return LocalRedirect(ReturnUrls.AfterSignIn(Url, returnUrl, StartPages.For(result.Roles)));
    }

    private async Task<IActionResult> RefuseAsync(StaffSignInRefusal refusal, string detail, string? userId = null)
    {
        await StaffSignInSetup.RefuseAsync(HttpContext, refusal, detail, userId);
        return new EmptyResult();
    }
}
