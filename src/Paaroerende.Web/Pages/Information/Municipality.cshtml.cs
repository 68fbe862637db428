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

    /// <summary>
    /// Two queries (issue #7's budget): the municipality with its pages, links and whether it has a directory; then its
    /// offers and councils with their meetings. Each query holds two lists, so its rows are the product of two short
    /// lists (pages × links, offers × council meetings) rather than of all of them, as one query would be.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(string municipality)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var wanted = (municipality ?? "").Trim().ToLowerInvariant();
        var found = await db.Municipalities.AsNoTracking()
            .Where(m => m.Slug == wanted)
            .Select(m => new
            {
                Municipality = new PublicMunicipality(m.Id, m.Slug, m.Name, m.WebAddress),
                HasDirectory = db.DirectorySituations.Any(s => s.Category!.MunicipalityId == m.Id),
                Pages = db.InformationPages
                    .Where(p => p.MunicipalityId == m.Id)
                    .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
                    .Select(p => new PageItem(p.Slug, p.Title, p.Summary))
                    .ToList(),
                Links = db.UsefulLinks
                    .Where(l => l.MunicipalityId == m.Id)
                    .OrderBy(l => l.SortOrder).ThenBy(l => l.Title)
                    .Select(l => new LinkItem(l.Title, l.Url, l.Description))
                    .ToList(),
            })
            .AsSingleQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        (Municipality, InformationPages, Links, HasDirectory) = (found.Municipality, found.Pages, found.Links, found.HasDirectory);

        var today = Today();
        var shownPast = db.CouncilMeetings.Where(m => m.MeetingDate < today && m.MinutesMarkdown != null);
        var councilIds = db.RelativesCouncils.Where(c => c.MunicipalityId == found.Municipality.Id).Select(c => c.Id);
        var activities = await db.Municipalities.AsNoTracking()
            .Where(m => m.Id == found.Municipality.Id)
            .Select(m => new
            {
                Offers = db.Offers
                    .Where(o => o.MunicipalityId == m.Id)
                    .OrderBy(o => o.SortOrder).ThenBy(o => o.Title)
                    .Select(o => new OfferItem(o.Kind, o.Title, o.Description, o.HowToApply, o.LegalReference, o.ContactName,
                        new ContactDetails(o.Phone, o.Email, o.OpeningHours, o.WebAddress)))
                    .ToList(),
                // The municipality's id as well as the join: SQLite reads a joined list before joining it, and only
                // a condition of its own lets it search the index rather than read every council (QueryPlanTests).
                Councils = db.RelativesCouncils
                    .Where(c => c.MunicipalityId == found.Municipality.Id && c.MunicipalityId == m.Id)
                    .OrderBy(c => c.Name)
                    .Select(c => new
                    {
                        Council = new CouncilItem(c.Name, c.Description, c.Unit == null ? null : c.Unit.Name, c.ContactEmail, c.Id),
                        // Only the meetings the page can show (upcoming, and the newest past ones with minutes), so
                        // the rows, which are offers times meetings, do not grow with the years of minutes.
                        // The municipality's councils by id as well: with the minutes' files joined in, SQLite reads
                        // the meetings before joining them to the council, and only this lets it search the index.
                        Meetings = db.CouncilMeetings
                            .Where(x => x.CouncilId == c.Id && councilIds.Contains(x.CouncilId) && (x.MeetingDate >= today || (x.MinutesMarkdown != null
                                && shownPast.Count(n => n.CouncilId == x.CouncilId && n.MeetingDate > x.MeetingDate) < PastMeetingsShown)))
                            .OrderBy(x => x.MeetingDate)
                            .Select(x => new MeetingRow(x.CouncilId, x.MeetingDate, x.Details, x.MinutesMarkdown,
                                // The minutes' pictures and PDFs (docs/adr/0039), without their bytes, and only with minutes.
                                db.CouncilMeetingAttachments
                                    .Where(a => a.MeetingId == x.Id && x.MinutesMarkdown != null)
                                    .OrderBy(a => a.UploadedAtUtc)
                                    .Select(a => new MinutesFile(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.AltText))
                                    .ToList()))
                            .ToList(),
                    })
                    .ToList(),
            })
            .AsSingleQuery()
            .SingleAsync(cancellationToken);
        OfferGroups = activities.Offers.GroupBy(o => o.Kind).OrderBy(g => Array.IndexOf(KindOrder, g.Key)).ToList();
        Councils = activities.Councils.Select(c => c.Council).ToList();
        Meetings = ShownMeetings(activities.Councils.SelectMany(c => c.Meetings), today);
        return Page();
    }

    private const int PastMeetingsShown = 5;

    private DateOnly Today() => DateOnly.FromDateTime(Localization.DanishTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    private static ILookup<Guid, MeetingItem> ShownMeetings(IEnumerable<MeetingRow> meetings, DateOnly today)
    {
        var all = meetings.OrderBy(m => m.MeetingDate).ToList();
        var upcoming = all.Where(m => m.MeetingDate >= today);
        var past = all.Where(m => m.MeetingDate < today && m.MinutesMarkdown != null)
            .GroupBy(m => m.CouncilId).SelectMany(g => g.OrderByDescending(m => m.MeetingDate).Take(PastMeetingsShown));
        return upcoming.Concat(past)
            .Select(m => new MeetingItem(m.CouncilId, m.MeetingDate, m.Details, m.MeetingDate >= today,
                m.MinutesMarkdown is null ? null : MarkdownText.ToHtml(m.MinutesMarkdown), m.Files))
            .ToLookup(m => m.CouncilId);
    }

    private sealed record MeetingRow(Guid CouncilId, DateOnly MeetingDate, string? Details, string? MinutesMarkdown, List<MinutesFile> Files);

    public sealed record PageItem(string Slug, string Title, string? Summary);

    public sealed record OfferItem(
        OfferKind Kind, string Title, string Description, string? HowToApply, string? LegalReference, string? ContactName, ContactDetails Contact);

    public sealed record CouncilItem(string Name, string Description, string? Unit, string? ContactEmail, Guid Id);

    public sealed record MeetingItem(
        Guid CouncilId, DateOnly MeetingDate, string? Details, bool IsUpcoming, string? MinutesHtml, IReadOnlyList<MinutesFile> Files);

    /// <summary>A picture or PDF with the minutes, as the page lists it; the bytes come from its own address.</summary>
    public sealed record MinutesFile(Guid Id, string FileName, string ContentType, int SizeBytes, string? AltText)
    {
        public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

        public string Size => new Paaroerende.Web.Staff.AttachmentLink(Id, Id, FileName, ContentType, SizeBytes, AltText).Size;
    }

    public sealed record LinkItem(string Title, string Url, string? Description);
}
