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

    /// <summary>A few offers fit on a phone; the rest are one link away on the municipality's information page.</summary>
    public const int Shown = 5;

    /// <summary>The offers that support the relative themselves, in the order a relative in a hard time looks for them.</summary>
    private static readonly OfferKind[] ForTheRelative =
    [
        OfferKind.Respite, OfferKind.RelativesCounsellor, OfferKind.SupportGroup, OfferKind.Counselling, OfferKind.DementiaCafe,
    ];

    public RelationFacts Facts { get; private set; } = null!;

    /// <summary>Null when the page was opened again later rather than straight after the check-in.</summary>
    public bool? ContactRequested { get; private set; }

    public IReadOnlyList<Offer> Offers { get; private set; } = [];

    /// <summary>How many offers for relatives the municipality has in all.</summary>
    public int AllOffers { get; private set; }

    public async Task OnGetAsync()
    {
        ContactRequested = TempData[ContactRequestedKey] as bool?;
        Facts = await RelationFacts.LoadAsync(db, RelativeAccess.From(HttpContext), HttpContext.RequestAborted);
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.MunicipalityId == Facts.MunicipalityId)
            .OrderBy(o => o.SortOrder)
            .ToListAsync(HttpContext.RequestAborted);
        AllOffers = offers.Count;
        Offers = offers.Where(o => ForTheRelative.Contains(o.Kind))
            .OrderBy(o => Array.IndexOf(ForTheRelative, o.Kind)).ThenBy(o => o.SortOrder)
            .Take(Shown)
            .ToList();
    }
}
