using Paaroerende.Web.Navigation;
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

    private static readonly CompiledSignInQuery<CitizenPageRow> ForSignIn = new((db, gate, userId, citizenId, atUtc, skip) =>
        CitizenPageRows.Query(db, gate, gate.ActiveRelationsOfUser(userId, atUtc), citizenId, atUtc, skip));

    /// <summary>
    /// Loads the page in one SQL command (<see cref="CitizenPageRows"/>), gate included (a second only to explain it, or
    /// when a start is decided for later): the relation is the newest of <paramref name="activeRelations"/>
    /// to the citizen (null when there is none: the caller answers 404), and the topics and updates are those the gate
    /// allows that relation's person record. <paramref name="activeRelations"/> must hold all of that person's active
    /// relations (ConsentGate.ActiveRelationsOfUser or ActiveRelations), as the gate's rules are per person.
    /// </summary>
    public async Task<RelativeCitizenLoad?> LoadAsync(
        IQueryable<Relation> activeRelations, Guid citizenId, DateTime atUtc, int pageNumber, bool explain, CancellationToken ct)
    {
        pageNumber = PageNumbers.Of(pageNumber);
        var rows = await CitizenPageRows.Query(db, gate, activeRelations, citizenId, atUtc, PageNumbers.Skip(pageNumber, PageSize))
            .ToListAsync(ct);
        return await PageOfAsync(rows, () => activeRelations, citizenId, atUtc, pageNumber, explain, ct);
    }

    /// <summary>
    /// The relative's own page: as <see cref="LoadAsync"/> over the sign-in's active relations
    /// (<see cref="ConsentGate.ActiveRelationsOfUser"/>), by the same query compiled once (<see cref="CompiledSignInQuery{TRow}"/>).
    /// </summary>
    public async Task<RelativeCitizenLoad?> LoadForSignInAsync(
        string userId, Guid citizenId, DateTime atUtc, int pageNumber, CancellationToken ct)
    {
        pageNumber = PageNumbers.Of(pageNumber);
        var rows = await ForSignIn.ListAsync(db, userId, citizenId, atUtc, PageNumbers.Skip(pageNumber, PageSize), ct);
        // The relations' query is built only when a later start needs explaining (rarely): building it costs a few per cent
        // of the page's CPU.
        return await PageOfAsync(rows, () => gate.ActiveRelationsOfUser(userId, atUtc), citizenId, atUtc, pageNumber, explain: false, ct);
    }

    private async Task<RelativeCitizenLoad?> PageOfAsync(
        IReadOnlyList<CitizenPageRow> rows, Func<IQueryable<Relation>> activeRelations, Guid citizenId, DateTime atUtc,
        int pageNumber, bool explain, CancellationToken ct)
    {
        var row = rows.FirstOrDefault(r => r.Kind == CitizenPageRows.Head);
        if (row is null)
        {
            return null;
        }

        var personId = row.PersonId;
        var facts = new CitizenFacts(row.Name, row.Municipality, row.Unit, row.Street, row.PostalCode, row.City,
            row.Phone, row.Email, row.VisitingHours, row.OpeningHours);
        // An item with files comes once per file, in the database's order (GroupBy keeps the order of first appearance).
        var updates = rows.Where(r => r.Kind == CitizenPageRows.Update).GroupBy(r => r.UpdateId).Select(UpdateOf).ToList();
        var news = rows.Where(r => r.Kind == CitizenPageRows.News).GroupBy(r => r.UpdateId).Select(NewsOf).ToList();
        var agreement = row.AgreementVersion is { } version ? new AgreementState(version, row.AgreementAcknowledgedAtUtc) : null;
        var topics = TopicBits.Topics(row.TopicBits);
        var outlook = row.HasComing || explain ? await OutlookAsync(activeRelations(), personId, citizenId, atUtc, ct) : [];
        var page = new RelativeCitizenPage(
            citizenId, facts, topics, updates.Take(PageSize).ToList(), pageNumber, updates.Count > PageSize)
        {
            Coming = [.. outlook.Where(o => o.StartsLater).Select(o => new ComingTopic(o.Topic, o.AllowedFromUtc!.Value)).OrderBy(c => c.FromUtc)],
            Periods = [.. outlook.Where(o => o.Allowed && topics.Contains(o.Topic) && o.DisclosesFromUtc is not null)
                .Select(o => new DisclosedPeriod(o.Topic, o.DisclosesFromUtc!.Value, o.AllowedUntilUtc))],
            Reader = ReaderOf(row.RelativeBornOn == CitizenPageRow.NotKnown ? null : row.RelativeBornOn, atUtc),
        };
        return new RelativeCitizenLoad(row.RelationId, personId, page, news, agreement);
    }

    private static UpdateView UpdateOf(IGrouping<Guid, CitizenPageRow> item)
    {
        var row = item.First();
        return new UpdateView(TopicBits.Topics(row.TopicBits).Single(), row.UpdateTitle, row.UpdateBody, row.PublishedAtUtc, CorrectedAt(row))
        {
            Attachments = FilesOf(item),
        };
    }

    private static NewsView NewsOf(IGrouping<Guid, CitizenPageRow> item)
    {
        var row = item.First();
        return new NewsView(row.NewsTitle, row.NewsBody, row.PublishedAtUtc, CorrectedAt(row)) { Attachments = FilesOf(item) };
    }

    private static DateTime? CorrectedAt(CitizenPageRow row) => row.ChangedAtUtc > row.PublishedAtUtc ? row.ChangedAtUtc : null;

    /// <summary>An item's files, in the order they were added: the query sorts each item's rows by upload time.</summary>
    private static List<AttachmentView> FilesOf(IEnumerable<CitizenPageRow> item) =>
    [
        .. item.Where(r => r.HasFile)
            .Select(r => new AttachmentView(r.FileId, r.FileName, r.FileType, r.FileSize, r.FileAlt.Length == 0 ? null : r.FileAlt)),
    ];

    private static YoungReader ReaderOf(DateOnly? bornOn, DateTime atUtc) =>
        YoungRelatives.IsChildAt(bornOn, atUtc) ? YoungReader.Child
        : YoungRelatives.IsMinorAt(bornOn, nominatedAsMinor: false, atUtc) ? YoungReader.Teenager
        : YoungReader.Adult;

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

/// <summary>A unit's news as the relative sees it; <paramref name="CorrectedAtUtc"/> when staff have corrected its text.</summary>
public sealed record NewsView(string Title, string Body, DateTime PublishedAtUtc, DateTime? CorrectedAtUtc = null)
{
    /// <summary>Its pictures and PDFs, in the order they were added (docs/adr/0039).</summary>
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];
}

/// <summary>The newest version of the relative's expectation agreement, if staff have written one.</summary>
public sealed record AgreementState(int Version, DateTime? AcknowledgedAtUtc);

public sealed record RelativeCitizenPage(
    Guid CitizenId, CitizenFacts Citizen, IReadOnlyList<ConsentTopic> Topics, IReadOnlyList<UpdateView> Updates,
    int PageNumber, bool HasNextPage)
{
    /// <summary>
    /// Whether pictures and PDFs are shown and linked through the relative's download: on the relative's own page; the
    /// citizen's preview names them instead (the download is the relative's, through the relative's gate).
    /// </summary>
    public bool LinksAttachments { get; init; }

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

    /// <summary>Whom the page is written for: a child under 15 and a teenager get a few words of their own (ADR 0038).</summary>
    public YoungReader Reader { get; init; }
}

/// <summary>The relative's age group, as far as the page's words go.</summary>
public enum YoungReader
{
    Adult,
    Teenager,
    Child,
}

public sealed record CitizenFacts(
    string Name, string Municipality, string Unit, string? Street, string? PostalCode, string? City,
    string? Phone, string? Email, string? VisitingHours, string? OpeningHours);

/// <summary>An update as the relative sees it; <paramref name="CorrectedAtUtc"/> when staff have corrected its text.</summary>
public sealed record UpdateView(ConsentTopic Topic, string Title, string Body, DateTime PublishedAtUtc, DateTime? CorrectedAtUtc = null)
{
    /// <summary>Its pictures and PDFs, in the order they were added (docs/adr/0039).</summary>
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];
}

/// <summary>A picture or a PDF as the relative's page lists it: never its bytes, which come through the download's own gate.</summary>
public sealed record AttachmentView(Guid Id, string FileName, string ContentType, int SizeBytes, string? AltText)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>The size as people read it: "230 kB", "1,4 MB".</summary>
    public string Size => SizeBytes < 1024 * 1024
        ? $"{Math.Max(1, SizeBytes / 1024)} kB"
        : (SizeBytes / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) + " MB";
}

/// <summary>An item's attachments for the _Attachments partial: linked through the relative's download, or only named (the preview).</summary>
public sealed record AttachmentList(Guid CitizenId, IReadOnlyList<AttachmentView> Files, bool Linked);
