using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Admin;

/// <summary>The administrator's start page: an overview of what the municipality keeps in the portal — its own only.</summary>
[OverviewPage]
public class IndexModel(PortalDbContext db) : PageModel
{
    public Overview? Municipality { get; private set; }

    public async Task OnGetAsync()
    {
        var municipalityId = PortalClaims.MunicipalityIdOf(User);
        if (municipalityId is null)
        {
            return;
        }

        var ct = HttpContext.RequestAborted;
        var staffRoleId = db.Roles.Where(r => r.Name == PortalRoles.Staff).Select(r => r.Id);
        Municipality = await db.Municipalities.AsNoTracking()
            .Where(m => m.Id == municipalityId)
            .Select(m => new Overview(
                m.Name,
                m.Slug,
                db.Units.Count(u => u.MunicipalityId == m.Id),
                db.Citizens.Count(c => c.MunicipalityId == m.Id),
                db.Users.Count(u => u.MunicipalityId == m.Id && db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoleId.Contains(ur.RoleId))),
                db.DirectorySituations.Count(s => s.Category!.MunicipalityId == m.Id),
                db.Offers.Count(o => o.MunicipalityId == m.Id),
                db.InformationPages.Count(p => p.MunicipalityId == m.Id)))
            .SingleOrDefaultAsync(ct);
    }

    public sealed record Overview(
        string Name, string Slug, int Units, int Citizens, int Staff, int Situations, int Offers, int InformationPages);
}
