using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Audit;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// One citizen as the relative may see them: the unit (general information, open to every relative with an active
/// relation) and the updates in the consented topics only. Reached only through <see cref="RelativeAccessFilter"/>;
/// loaded by <see cref="RelativeCitizenView"/>, which the citizen's preview uses too.
/// </summary>
public class CitizenModel(RelativeCitizenView view, AuditLog audit) : PageModel
{
    public RelativeCitizenPage View { get; private set; } = null!;

    public async Task OnGetAsync(int side = 1)
    {
        var access = RelativeAccess.From(HttpContext);
        View = await view.LoadAsync(access.PersonId, access.CitizenId, access.AtUtc, side, HttpContext.RequestAborted) with
        {
            PagingPage = "/Relatives/Citizen",
            PagingRoute = new Dictionary<string, string> { ["citizenId"] = access.CitizenId.ToString() },
        };
        await audit.RecordRelativeReadAsync(access.UserId, access.PersonId, access.CitizenId, View.Topics, HttpContext.RequestAborted);
    }
}
