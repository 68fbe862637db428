using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>
/// "Hvad kan Mette se?": the relative's page for this citizen exactly as it is now, loaded by the same
/// <see cref="RelativeCitizenView"/> and rendered by the same partial. It is the citizen looking, not the relative, so no
/// read is audited for the relative.
/// </summary>
public class PreviewModel(PortalDbContext db, ConsentGate gate, RelativeCitizenView view) : PageModel
{
    public string RelativeName { get; private set; } = "";

    public string RelativeFirstName { get; private set; } = "";

    /// <summary>Null when the relative has no page for the citizen at all (the relation has ended).</summary>
    public RelativeCitizenPage? View { get; private set; }

    public async Task OnGetAsync(int side = 1)
    {
        var access = HttpContext.Access<CitizenAccess>();
        var ct = HttpContext.RequestAborted;
        var person = await db.People.AsNoTracking().Where(p => p.Id == access.PersonId)
            .Select(p => new { p.FirstName, p.LastName }).SingleAsync(ct);
        (RelativeName, RelativeFirstName) = (person.FirstName + " " + person.LastName, person.FirstName);

        // The same question the relative's filter asks before their page is shown.
        if (!await gate.VisibleCitizenIds(access.PersonId!.Value, access.AtUtc).ContainsAsync(access.CitizenId, ct))
        {
            return;
        }

        var found = await view.LoadAsync(gate.ActiveRelations(access.PersonId.Value, access.AtUtc), access.CitizenId, access.AtUtc, side, explain: true, ct);
        if (found is null)
        {
            return;
        }

        View = found.Page with
        {
            PagingPage = "/Citizen/Preview",
            PagingRoute = new Dictionary<string, string> { ["relationId"] = access.RelationId!.Value.ToString() },
        };
    }
}
