using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Privacy;

namespace Paaroerende.Web.Pages.Privatliv;

/// <summary>
/// The footer's "Privatlivspolitik" for a signed-in user: on to the notice of their own municipality (staff and
/// administrators: theirs; a citizen: the one helping them; a relative: the citizens' municipality), or to the list when
/// there are several or none. A page of its own, so the layout needs no query on every page (docs/adr/0032).
/// </summary>
[AllowAnonymous]
public class MineModel(PortalDbContext db, ConsentGate gate, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var slugs = await SlugsAsync();
        return slugs is [var only]
            ? RedirectToPage(PrivacyNoticeLinks.NoticePage, new { municipality = only })
            : RedirectToPage("/Privatliv/Index");
    }

    private async Task<IReadOnlyList<string>> SlugsAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (User.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        if (PortalClaims.MunicipalityIdOf(User) is { } municipalityId)
        {
            return await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Slug).ToListAsync(ct);
        }

        if (PortalClaims.CitizenIdOf(User) is { } citizenId)
        {
            return await db.Citizens.Where(c => c.Id == citizenId).Select(c => c.Municipality!.Slug).ToListAsync(ct);
        }

        return await gate.ActiveRelationsOfUser(PortalClaims.UserIdOf(User), Instant.Now(clock))
            .Select(r => r.Citizen!.Municipality!.Slug).Distinct().ToListAsync(ct);
    }
}
