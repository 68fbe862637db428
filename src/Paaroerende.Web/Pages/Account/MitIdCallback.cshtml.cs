using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.MitId;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// Where a MitID sign-in lands once the OpenID Connect handler has checked the answer (signature, issuer, audience,
/// lifetime, nonce, state, level): the identity is read from the short-lived external cookie, which is then removed,
/// and either finds its bound sign-in or — with an invitation link — is bound to the invited person. Anything else is
/// refused with the Danish page and an audit entry. The session is then the portal's own cookie, as for a password.
/// </summary>
[AllowAnonymous]
public class MitIdCallbackModel(
    MitIdAccounts accounts, UserManager<PortalUser> users, SignInManager<PortalUser> signIn) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var identity = external.Succeeded ? MitIdIdentity.From(external.Principal) : null;
        if (identity is null)
        {
            return await RefuseAsync(MitIdRefusal.Failed, "NoExternalSignIn");
        }

        var items = external.Properties!.Items;
        var ct = HttpContext.RequestAborted;
        PortalUser? user;
        if (items.TryGetValue(MitIdModel.InvitationItem, out var token) && !string.IsNullOrEmpty(token))
        {
            user = await accounts.AcceptInvitationAsync(token, identity, ct);
            if (user is null)
            {
                return await RefuseAsync(MitIdRefusal.InvitationUnusable, "InvitationUnusable");
            }
        }
        else
        {
            user = await accounts.FindAsync(identity, ct);
            if (user is null)
            {
                return await RefuseAsync(MitIdRefusal.UnknownPerson, "UnknownSubject");
            }
        }

        if (user.DeactivatedAtUtc is not null)
        {
            return await RefuseAsync(MitIdRefusal.Deactivated, "Deactivated", user.Id);
        }

        // The identity token rides along in the session cookie: signing out hands it to the broker as id_token_hint.
        var session = new AuthenticationProperties();
        if (external.Properties.GetTokenValue("id_token") is { } idToken)
        {
            session.StoreTokens([new AuthenticationToken { Name = "id_token", Value = idToken }]);
        }

        await signIn.SignInAsync(user, session, authenticationMethod: MitIdOptions.Scheme);
        var roles = await users.GetRolesAsync(user);
        items.TryGetValue(MitIdModel.ReturnUrlItem, out var returnUrl);
        return LocalRedirect(ReturnUrls.AfterSignIn(Url, returnUrl, StartPages.For(roles)));
    }

    private async Task<IActionResult> RefuseAsync(MitIdRefusal refusal, string detail, string? userId = null)
    {
        await MitIdSetup.RefuseAsync(HttpContext, refusal, detail, userId);
        return new EmptyResult();
    }
}
