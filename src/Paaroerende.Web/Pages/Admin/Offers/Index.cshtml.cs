using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Offers;

/// <summary>The municipality's offers for relatives, in the order relatives see them.</summary>
public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<OfferRow> Offers { get; private set; } = [];

    public string MunicipalitySlug { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var ct = HttpContext.RequestAborted;
        MunicipalitySlug = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Slug).SingleAsync(ct);
        Offers = await db.Offers.AsNoTracking()
            .Where(o => o.MunicipalityId == municipalityId)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Title)
            .Select(o => new OfferRow(o.Id, o.Title, o.Kind, o.Phone))
            .ToListAsync(ct);
    }

    public sealed record OfferRow(Guid Id, string Title, OfferKind Kind, string? Phone);
}
