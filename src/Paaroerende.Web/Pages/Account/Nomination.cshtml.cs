using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Relatives;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.MitId;

namespace Paaroerende.Web.Pages.Account;

/// <summary>
/// The link in the mail to a relative the citizen named themself (ADR 0043). It is accepted with MitID only: the
/// citizen's word reaches a person, not a mailbox, so no password can be chosen here. Until then the page names no
/// citizen and nothing of what the relative will see, since a link can be forwarded; a withdrawn, used, expired or
/// unknown link gets the same answer.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Invitation)]
public class NominationModel(CitizenNominations nominations, MitIdAvailability mitId) : PageModel
{
    public string Token { get; private set; } = "";

    public string Name { get; private set; } = "";

    public bool LinkIsUnusable { get; private set; }

    public bool MitIdEnabled => mitId.Enabled;

    public async Task OnGetAsync(string? token)
    {
        // The token is in the address: it must not travel on to another site in a Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var nomination = await nominations.FindUsableAsync(token, HttpContext.RequestAborted);
        LinkIsUnusable = nomination is null;
        Token = token ?? "";
        Name = nomination?.FullName ?? "";
    }
}
