using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// What a relative's page for one citizen shows at a moment: the unit (general information) and the updates in the
/// topics the gate allows. The relative's own page and the citizen's preview both load it here and render it with the
/// same partial (_CitizenView), so the preview cannot drift from what the relative really sees. It writes nothing: the
/// relative's page audits its own read.
/// </summary>
public sealed class RelativeCitizenView(PortalDbContext db, ConsentGate gate)
{
    public const int PageSize = 10;

    public const int NewsShown = 5;

    /// <summary>
    /// Loads the page in one SQL command, gate included (a second only to explain it, or when a start is decided for later): the relation is the newest of <paramref name="activeRelations"/>
    /// to the citizen (null when there is none: the caller answers 404), and the topics and updates are those the gate
    /// allows that relation's person record. <paramref name="activeRelations"/> must hold all of that person's active
    /// relations (ConsentGate.ActiveRelationsOfUser or ActiveRelations), as the gate's rules are per person.
    /// </summary>
    public async Task<RelativeCitizenLoad?> LoadAsync(
        IQueryable<Relation> activeRelations, Guid citizenId, DateTime atUtc, int pageNumber, bool explain, CancellationToken ct)
    {
        pageNumber = Math.Max(1, pageNumber);
        var skip = (pageNumber - 1) * PageSize;
        var allowed = gate.AllowedTopicsOn(activeRelations, atUtc);
        var visible = gate.VisibleUpdatesOn(activeRelations, atUtc);

        // SQLite has no LATERAL join, so EF numbers the rows of a "newest five" list over the whole table and joins
        // afterwards; these two look-ups by the citizen id narrow the news and the agreements to the citizen's own
        // before that (an index search instead of a scan of every unit's news). The join to the relation still decides.
        var citizenUnit = db.Citizens.Where(c => c.Id == citizenId).Select(c => c.UnitId);
        var citizenRelations = db.Relations.Where(x => x.CitizenId == citizenId).Select(x => x.Id);
        var row = await activeRelations
            .Where(r => r.CitizenId == citizenId)
            .OrderByDescending(r => r.RecordedAtUtc)
            .Select(r => new
            {
                RelationId = r.Id, r.PersonId,
                Facts = new CitizenFacts(
                    r.Citizen!.FirstName + " " + r.Citizen.LastName, r.Citizen.Municipality!.Name, r.Citizen.Unit!.Name,
                    r.Citizen.Unit.StreetAddress, r.Citizen.Unit.PostalCode, r.Citizen.Unit.City, r.Citizen.Unit.Phone,
                    r.Citizen.Unit.Email, r.Citizen.Unit.VisitingHours, r.Citizen.Unit.OpeningHours),

                // A bit per topic rather than a list: a third list would multiply the rows of the other two.
                TopicBits = allowed.Where(t => t.PersonId == r.PersonId && t.CitizenId == r.CitizenId)
                    .Sum(TopicBits.Of),

                // Only when a decision is already made to start later does the page read the lines to tell of it
                // (rarely): the page stays within three commands, the account check and the audit included.
                HasComing = db.CurrentConsents.Any(c => c.PersonId == r.PersonId && c.CitizenId == r.CitizenId
                    && c.ValidFromUtc > atUtc && (c.Level == ConsentLevel.Informed || c.Level == ConsentLevel.Involved)),
                Updates = visible.Where(u => u.PersonId == r.PersonId && u.CitizenId == r.CitizenId)
                    .OrderByDescending(u => u.PublishedAtUtc).ThenByDescending(u => u.Id)
                    .Skip(skip)
                    .Take(PageSize + 1)
                    .Select(u => new UpdateView(u.Topic, u.Title, u.Body, u.PublishedAtUtc))
                    .ToList(),
                News = db.UnitNews
                    .Where(n => citizenUnit.Contains(n.UnitId) && n.UnitId == r.Citizen.UnitId && n.PublishedAtUtc <= atUtc)
                    .OrderByDescending(n => n.PublishedAtUtc)
                    .Take(NewsShown)
                    .Select(n => new NewsView(n.Title, n.Body, n.PublishedAtUtc))
                    .ToList(),
                Agreement = db.ExpectationAgreements
                    .Where(a => citizenRelations.Contains(a.RelationId) && a.RelationId == r.Id)
                    .OrderByDescending(a => a.Version)
                    .Take(1)
                    .Select(a => new AgreementState(a.Version,
                        db.ExpectationAcknowledgements.Where(k => k.AgreementId == a.Id)
                            .Select(k => (DateTime?)k.AcknowledgedAtUtc).FirstOrDefault()))
                    .ToList(), // a list of one, not FirstOrDefault: that would need APPLY, which SQLite lacks
            })
            .AsSingleQuery()
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var topics = TopicBits.Topics(row.TopicBits);
        var outlook = row.HasComing || explain ? await OutlookAsync(activeRelations, row.PersonId, citizenId, atUtc, ct) : [];
        var page = new RelativeCitizenPage(
            citizenId, row.Facts, topics, row.Updates.Take(PageSize).ToList(), pageNumber, row.Updates.Count > PageSize)
        {
            Coming = [.. outlook.Where(o => o.StartsLater).Select(o => new ComingTopic(o.Topic, o.AllowedFromUtc!.Value)).OrderBy(c => c.FromUtc)],
            Periods = [.. outlook.Where(o => o.Allowed && topics.Contains(o.Topic) && o.DisclosesFromUtc is not null)
                .Select(o => new DisclosedPeriod(o.Topic, o.DisclosesFromUtc!.Value, o.AllowedUntilUtc))],
        };
        return new RelativeCitizenLoad(row.RelationId, row.PersonId, page, row.News, row.Agreement.FirstOrDefault());
    }

    /// <summary>
    /// The relation's line decisions read once more (a few indexed rows) and explained by the gate's own rule: from when
    /// each allowed topic discloses updates and until when, and what a decision already made opens later.
    /// </summary>
    private async Task<IReadOnlyList<TopicOutlook>> OutlookAsync(
        IQueryable<Relation> activeRelations, Guid personId, Guid citizenId, DateTime atUtc, CancellationToken ct)
    {
        var relations = activeRelations.Where(r => r.PersonId == personId && r.CitizenId == citizenId);
        var lines = await ConsentRule.CurrentDecisions(db.CurrentConsents, relations).ToListAsync(ct);
        return ConsentOutlook.Of(lines, relationActive: true, atUtc);
    }
}

/// <summary>A topic the relative will be able to follow from a later moment that is already decided.</summary>
public sealed record ComingTopic(ConsentTopic Topic, DateTime FromUtc);

/// <summary>An allowed topic: the updates shown are those published from <paramref name="FromUtc"/>; until a decided end, if any.</summary>
public sealed record DisclosedPeriod(ConsentTopic Topic, DateTime FromUtc, DateTime? UntilUtc);

/// <summary>What <see cref="RelativeCitizenView"/> found: the relation that let the read through and the page.</summary>
public sealed record RelativeCitizenLoad(
    Guid RelationId, Guid PersonId, RelativeCitizenPage Page, IReadOnlyList<NewsView> News, AgreementState? Agreement);

public sealed record NewsView(string Title, string Body, DateTime PublishedAtUtc);

/// <summary>The newest version of the relative's expectation agreement, if staff have written one.</summary>
public sealed record AgreementState(int Version, DateTime? AcknowledgedAtUtc);

public sealed record RelativeCitizenPage(
    Guid CitizenId, CitizenFacts Citizen, IReadOnlyList<ConsentTopic> Topics, IReadOnlyList<UpdateView> Updates,
    int PageNumber, bool HasNextPage)
{
    /// <summary>The page the paging links point to, and its route values: the relative's page or the preview.</summary>
    public string PagingPage { get; init; } = "/Relatives/Citizen";

    public IReadOnlyDictionary<string, string> PagingRoute { get; init; } = new Dictionary<string, string>();

    /// <summary>Topics that open later by a decision already made ("fra 10. december kan du også følge med i …").</summary>
    public IReadOnlyList<ComingTopic> Coming { get; init; } = [];

    /// <summary>
    /// For each allowed topic, from when its updates are shown and until when access is decided to last: worked out for
    /// the citizen's preview, which explains the page (<c>explain: true</c>), not on the relative's own page.
    /// </summary>
    public IReadOnlyList<DisclosedPeriod> Periods { get; init; } = [];
}

public sealed record CitizenFacts(
    string Name, string Municipality, string Unit, string? Street, string? PostalCode, string? City,
    string? Phone, string? Email, string? VisitingHours, string? OpeningHours);

public sealed record UpdateView(ConsentTopic Topic, string Title, string Body, DateTime PublishedAtUtc);
