using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Audit;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// One citizen as the relative may see them: what the consent gate allows (loaded by <see cref="RelativeCitizenView"/>,
/// the same code path as the citizen's preview "Hvad kan Mette se?"), the unit's news (general information, open to
/// every relative with an active relation) and the relative's own cooperation with the unit. Reached only through
/// <see cref="RelativeAccessFilter"/>.
/// </summary>
[GateInPageQuery]
public class CitizenModel(RelativeCitizenView view, AuditLog audit) : PageModel
{
    public RelativeCitizenPage View { get; private set; } = null!;

    public CitizenFacts Citizen => View.Citizen;

    public Guid CitizenId => View.CitizenId;

    public IReadOnlyList<NewsView> News { get; private set; } = [];

    /// <summary>The newest version of my expectation agreement, if staff have written one.</summary>
    public AgreementState? Agreement { get; private set; }

    public RelativeNotice? Notice { get; private set; }

    /// <summary>
    /// The account check, one query for the gate and the page, one insert for the audit: the budget of three commands per
    /// relatives' page (a decided later start adds a small read of the relation's lines, rarely).
    /// </summary>
    public async Task<IActionResult> OnGetAsync(int side = 1)
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        var ct = HttpContext.RequestAborted;
        var found = await view.LoadForSignInAsync(pending.UserId, pending.CitizenId, pending.AtUtc, side, ct);
        if (found is null)
        {
            return await pending.DenyAsync(audit, ct);
        }

        var access = pending.Grant(HttpContext, found.RelationId, found.PersonId);
        Notice = RelativeNotice.Take(TempData);
        View = found.Page with
        {
            PagingPage = "/Relatives/Citizen",
            LinksAttachments = true,
            PagingRoute = new Dictionary<string, string> { ["citizenId"] = access.CitizenId.ToString() },
        };
        News = found.News;
        Agreement = found.Agreement;
        await audit.RecordRelativeReadAsync(access.UserId, access.PersonId, access.CitizenId, View.Topics, ct);
        return Page();
    }
}
