using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;
using Paaroerende.TestShared;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// The demo relative, signed in and following three citizens, with every page a relative opens (discovered from the
/// app's endpoints, so a new relatives' page is checked without anyone listing it) and the SQL each page sends.
/// Shared by the command budget and the query-plan check.
/// </summary>
internal sealed class RelativePagesWorld : IAsyncDisposable
{
    /// <summary>General pages a signed-in relative opens besides the relatives' area.</summary>
    private static readonly string[] GeneralPagePrefixes = ["/Index", "/Information", "/Kontakt", "/Tilgaengelighed"];

    private readonly SqlCommandCounter _counter;
    private readonly HttpClient _relative;

    private RelativePagesWorld(PortalFactory factory, HttpClient relative, Guid inger, IReadOnlyList<(string Template, string Path)> paths)
    {
        Factory = factory;
        _relative = relative;
        _counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        Inger = inger;
        Paths = paths;
    }

    public PortalFactory Factory { get; }

    /// <summary>One of the demo relative's citizens.</summary>
    public Guid Inger { get; }

    /// <summary>Each page's route template and the path opened for it.</summary>
    public IReadOnlyList<(string Template, string Path)> Paths { get; }

    public static async Task<RelativePagesWorld> CreateAsync(string provider)
    {
        var factory = await PortalFactory.CreateAsync(provider, services: SqlCommandCounter.Register);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        await GiveTheDemoRelativeAThirdCitizenAsync(factory, inger);
        var picture = await GiveAnUpdateTheRelativeSeesAPictureAsync(factory, inger);
        var relative = await factory.SignInAsAsync(DemoAccounts.Relative);
        return new RelativePagesWorld(factory, relative, inger, await PathsAsync(factory, inger, picture));
    }

    /// <summary>Opens the page as the relative: its status and, once the request has finished, the SQL it sent.</summary>
    public async Task<(HttpStatusCode Status, IReadOnlyList<string> Commands)> OpenAsync(string path)
    {
        var requestId = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(SqlCommandCounter.RequestHeader, requestId);
        using var response = await _relative.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (response.StatusCode, []);
        }

        return (response.StatusCode, await Eventually.HappensAsync(
            () => Task.FromResult(_counter.CommandsOf(requestId)), $"the request to {path} to finish"));
    }

    public async ValueTask DisposeAsync()
    {
        _relative.Dispose();
        await Factory.DisposeAsync();
    }

    private static async Task<IReadOnlyList<(string Template, string Path)>> PathsAsync(PortalFactory factory, Guid citizenId, Guid picture)
    {
        var article = await factory.WithDbAsync(db => db.InformationPages
            .Where(p => p.Municipality!.Slug == "hvidovre")
            .Select(p => new { Municipality = p.Municipality!.Slug, p.Slug })
            .FirstAsync());
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null && (x.Page.ViewEnginePath.StartsWith("/Relatives/", StringComparison.Ordinal)
                || GeneralPagePrefixes.Any(p => x.Page.ViewEnginePath.StartsWith(p, StringComparison.Ordinal))))
            .Select(x => "/" + x.Endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Distinct();
        var thread = await factory.WithDbAsync(db => db.MessageThreads
            .Where(t => t.CitizenId == citizenId && db.People.Any(p => p.Id == t.PersonId && p.Email == DemoAccounts.Relative))
            .Select(t => t.Id).FirstAsync());
        var demoEvent = await factory.WithDbAsync(db => db.UnitEvents
            .Where(e => db.Citizens.Any(c => c.Id == citizenId && c.UnitId == e.UnitId)).Select(e => e.Id).FirstAsync());
        var minutesFile = await GiveHvidovresMinutesAPdfAsync(factory);
        var meeting = await factory.WithDbAsync(db => db.MeetingInvitations
            .Where(i => i.Meeting!.CitizenId == citizenId && db.People.Any(p => p.Id == i.PersonId && p.Email == DemoAccounts.Relative))
            .Select(i => i.MeetingId).FirstAsync());
        return pages
            .Select(t => (t, RelativeRoutes.WithCitizen(t.Replace("{fileId:guid}", minutesFile.ToString(), StringComparison.Ordinal),
                    citizenId, thread, demoEvent, meeting, picture)
                .Replace("{municipality}", article.Municipality, StringComparison.Ordinal)
                .Replace("{slug}", article.Slug, StringComparison.Ordinal)))
            .OrderBy(p => p.Item2, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A PDF with the minutes of a past meeting of a Hvidovre council, so its public download is measured too.</summary>
    private static Task<Guid> GiveHvidovresMinutesAPdfAsync(PortalFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var council = await db.RelativesCouncils.Where(c => c.Municipality!.Slug == "hvidovre").Select(c => c.Id).FirstAsync();
            var meeting = new CouncilMeeting { Id = Guid.NewGuid(), CouncilId = council, MeetingDate = new DateOnly(2026, 11, 2), MinutesMarkdown = "Referat" };
            var file = new CouncilMeetingAttachment
            {
                Id = Guid.NewGuid(), MeetingId = meeting.Id, FileName = "referat.pdf", ContentType = "application/pdf", SizeBytes = 6,
                Content = "%PDF-1"u8.ToArray(), UploadedAtUtc = factory.Clock.GetUtcNow().UtcDateTime, UploadedByUserId = "test",
            };
            db.CouncilMeetings.Add(meeting);
            db.CouncilMeetingAttachments.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });

    /// <summary>
    /// A picture on the newest update of Inger's that Mette may read, so the citizen page lists an attachment and its
    /// download is measured too (docs/adr/0039).
    /// </summary>
    private static Task<Guid> GiveAnUpdateTheRelativeSeesAPictureAsync(PortalFactory factory, Guid inger) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var mette = await db.Relations.Where(r => r.CitizenId == inger && r.Person!.Email == DemoAccounts.Relative)
                .Select(r => r.PersonId).SingleAsync();
            var update = await new ConsentGate(db).VisibleUpdates(mette, inger, now)
                .OrderByDescending(u => u.PublishedAtUtc).Select(u => u.Id).FirstAsync();
            var file = AttachmentIntake.Check(TestImages.JpegWithGps(), "have.jpg").File!;
            var attachment = new Attachment
            {
                Id = Guid.NewGuid(), OwnerKind = AttachmentOwner.CitizenUpdate, OwnerId = update, FileName = file.FileName,
                ContentType = file.ContentType, SizeBytes = file.Content.Length, AltText = "Haven i solskin", Content = file.Content,
                UploadedAtUtc = now, UploadedByUserId = "test",
            };
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync();
            return attachment.Id;
        });

    /// <summary>Mette follows Inger and Bent; a third citizen makes a per-citizen loop on the start page show.</summary>
    private static Task<int> GiveTheDemoRelativeAThirdCitizenAsync(PortalFactory factory, Guid inger) =>
        factory.WithDbAsync(async db =>
        {
            var metteInHvidovre = await db.Relations.Where(r => r.CitizenId == inger && r.Person!.Email == DemoAccounts.Relative)
                .Select(r => r.PersonId).SingleAsync();
            var unit = await db.Citizens.Where(c => c.Id == inger).Select(c => c.UnitId).SingleAsync();
            var other = await db.Citizens.Where(c => c.UnitId == unit && c.Id != inger).Select(c => c.Id).FirstAsync();
            var now = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            var relation = new Relation
            {
                Id = Guid.NewGuid(), CitizenId = other, PersonId = metteInHvidovre, Kind = RelationKind.Sibling,
                NominationMethod = HowGiven.Written, RecordedAtUtc = now, RecordedByUserId = "test",
            };
            db.Relations.Add(relation);
            db.ConsentRecords.Add(new ConsentRecord
            {
                Id = Guid.NewGuid(), RelationId = relation.Id, Topic = ConsentTopic.DailyLife, Level = ConsentLevel.Informed,
                Basis = ConsentBasis.CitizenConsent, GivenHow = HowGiven.Oral, ValidFromUtc = now, RecordedAtUtc = now,
                RecordedByUserId = "test",
            });
            await db.SaveChangesAsync();
            return 0;
        });
}
