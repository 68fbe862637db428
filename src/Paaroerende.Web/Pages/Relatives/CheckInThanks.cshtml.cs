using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// After a check-in: thanks, what happens next, and the municipality's offers for relatives. The gate's relation, its
/// facts and the offers come in one query (<see cref="GateInPageQueryAttribute"/>), so the page and its audited read
/// keep within three SQL commands.
/// </summary>
[GateInPageQuery]
public class CheckInThanksModel(PortalDbContext db, ConsentGate gate, AuditLog audit) : RelativeCitizenPageModel
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

    public async Task<IActionResult> OnGetAsync()
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        var ct = HttpContext.RequestAborted;
        var found = await pending.Relation(gate)
            .WithFacts(pending.AtUtc, r => new
            {
                Offers = db.Offers.Where(o => o.MunicipalityId == r.Citizen!.MunicipalityId).OrderBy(o => o.SortOrder).ToList(),
            })
            .AsNoTracking()
            .AsSingleQuery()
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return await pending.DenyAsync(audit, ct);
        }

        var access = pending.Grant(HttpContext, found.RelationId, found.PersonId);
        ContactRequested = TempData[ContactRequestedKey] as bool?;
        Facts = found.Facts;
        var offers = found.Item.Offers;
        AllOffers = offers.Count;
        Offers = offers.Where(o => ForTheRelative.Contains(o.Kind))
            .OrderBy(o => Array.IndexOf(ForTheRelative, o.Kind)).ThenBy(o => o.SortOrder)
            .Take(Shown)
            .ToList();
        await audit.RecordRelativePageReadAsync(access.UserId, access.PersonId, access.CitizenId, access.RelationId, "CheckInThanks", ct);
        return Page();
    }
}
