using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.GeneralInformation;

namespace Paaroerende.Web.Pages.Information;

/// <summary>One municipality's general information: its pages, offers for relatives, councils and useful links.</summary>
[AllowAnonymous]
public class MunicipalityModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The order in which the kinds of offer are shown: relief first, then advice, then groups and the rest.</summary>
    private static readonly OfferKind[] KindOrder =
    [
        OfferKind.Respite, OfferKind.StatutoryHelp, OfferKind.RelativesCounsellor, OfferKind.Counselling,
        OfferKind.SupportGroup, OfferKind.DementiaCafe, OfferKind.Activity, OfferKind.Other,
    ];

    public PublicMunicipality Municipality { get; private set; } = null!;

    public IReadOnlyList<PageItem> InformationPages { get; private set; } = [];

    public IReadOnlyList<IGrouping<OfferKind, OfferItem>> OfferGroups { get; private set; } = [];

    public IReadOnlyList<CouncilItem> Councils { get; private set; } = [];

    public IReadOnlyList<LinkItem> Links { get; private set; } = [];

    /// <summary>Each council's meetings: upcoming ones, and past ones with their minutes rendered from Markdown.</summary>
    public ILookup<Guid, MeetingItem> Meetings { get; private set; } = Array.Empty<MeetingItem>().ToLookup(m => m.CouncilId);

    public bool HasDirectory { get; private set; }

    public async Task<IActionResult> OnGetAsync(string municipality)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var found = await PublicMunicipality.FindAsync(db, municipality, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Municipality = found;
        InformationPages = await db.InformationPages.AsNoTracking()
            .Where(p => p.MunicipalityId == found.Id)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new PageItem(p.Slug, p.Title, p.Summary))
            .ToListAsync(cancellationToken);

        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.MunicipalityId == found.Id)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Title)
            .Select(o => new OfferItem(o.Kind, o.Title, o.Description, o.LegalReference, o.ContactName,
                new ContactDetails(o.Phone, o.Email, o.OpeningHours, o.WebAddress)))
            .ToListAsync(cancellationToken);
        OfferGroups = offers.GroupBy(o => o.Kind).OrderBy(g => Array.IndexOf(KindOrder, g.Key)).ToList();

        Councils = await db.RelativesCouncils.AsNoTracking()
            .Where(c => c.MunicipalityId == found.Id)
            .OrderBy(c => c.Name)
            .Select(c => new CouncilItem(c.Name, c.Description, c.Unit == null ? null : c.Unit.Name, c.ContactEmail, c.Id))
            .ToListAsync(cancellationToken);
        Meetings = await CouncilMeetingsAsync(Councils.Select(c => c.Id).ToList(), cancellationToken);

        Links = await db.UsefulLinks.AsNoTracking()
            .Where(l => l.MunicipalityId == found.Id)
            .OrderBy(l => l.SortOrder).ThenBy(l => l.Title)
            .Select(l => new LinkItem(l.Title, l.Url, l.Description))
            .ToListAsync(cancellationToken);

        HasDirectory = await db.DirectorySituations.AnyAsync(s => s.Category!.MunicipalityId == found.Id, cancellationToken);
        return Page();
    }

    private const int PastMeetingsShown = 5;

    private async Task<ILookup<Guid, MeetingItem>> CouncilMeetingsAsync(List<Guid> councilIds, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Localization.DanishTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var meetings = await db.CouncilMeetings.AsNoTracking()
            .Where(m => councilIds.Contains(m.CouncilId))
            .OrderBy(m => m.MeetingDate)
            .Select(m => new { m.CouncilId, m.MeetingDate, m.Details, m.MinutesMarkdown })
            .ToListAsync(cancellationToken);
        var upcoming = meetings.Where(m => m.MeetingDate >= today);
        var past = meetings.Where(m => m.MeetingDate < today && m.MinutesMarkdown != null)
            .GroupBy(m => m.CouncilId).SelectMany(g => g.OrderByDescending(m => m.MeetingDate).Take(PastMeetingsShown));
        return upcoming.Concat(past)
            .Select(m => new MeetingItem(m.CouncilId, m.MeetingDate, m.Details, m.MeetingDate >= today,
                m.MinutesMarkdown is null ? null : MarkdownText.ToHtml(m.MinutesMarkdown)))
            .ToLookup(m => m.CouncilId);
    }

    public sealed record PageItem(string Slug, string Title, string? Summary);

    public sealed record OfferItem(
        OfferKind Kind, string Title, string Description, string? LegalReference, string? ContactName, ContactDetails Contact);

    public sealed record CouncilItem(string Name, string Description, string? Unit, string? ContactEmail, Guid Id);

    public sealed record MeetingItem(Guid CouncilId, DateOnly MeetingDate, string? Details, bool IsUpcoming, string? MinutesHtml);

    public sealed record LinkItem(string Title, string Url, string? Description);
}
