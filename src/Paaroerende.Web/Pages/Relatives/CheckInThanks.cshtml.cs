using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>After a check-in: thanks, what happens next, and the municipality's offers for relatives.</summary>
public class CheckInThanksModel(PortalDbContext db) : PageModel
{
    public const string ContactRequestedKey = "CheckIn.ContactRequested";

    /// <summary>The offers most relatives in a hard time look for come first.</summary>
    private static readonly OfferKind[] KindOrder =
    [
        OfferKind.Respite, OfferKind.SupportGroup, OfferKind.RelativesCounsellor, OfferKind.Counselling,
        OfferKind.DementiaCafe, OfferKind.StatutoryHelp, OfferKind.Activity, OfferKind.Other,
    ];

    public RelationFacts Facts { get; private set; } = null!;

    /// <summary>Null when the page was opened again later rather than straight after the check-in.</summary>
    public bool? ContactRequested { get; private set; }

    public IReadOnlyList<Offer> Offers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ContactRequested = TempData[ContactRequestedKey] as bool?;
        Facts = await RelationFacts.LoadAsync(db, RelativeAccess.From(HttpContext), HttpContext.RequestAborted);
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.MunicipalityId == Facts.MunicipalityId)
            .OrderBy(o => o.SortOrder)
            .ToListAsync(HttpContext.RequestAborted);
        Offers = offers.OrderBy(o => Array.IndexOf(KindOrder, o.Kind)).ThenBy(o => o.SortOrder).ToList();
    }
}
