using System.Net;
using System.Text;
using ImageMagick;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;
using Paaroerende.TestShared;

namespace Paaroerende.IntegrationTests.Admin;

/// <summary>
/// Pictures and PDFs with a council meeting's minutes (docs/adr/0039): the municipality's administrators add and remove
/// them under their audit, checked by content like every attachment; the public information page shows them under the
/// minutes, and the file is served only while its meeting exists and has minutes.
/// </summary>
public class CouncilMinutesAttachmentTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_picture_and_a_pdf_added_by_the_administrator_are_shown_under_the_minutes_without_metadata_and_audited(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var meeting = await AddMeetingAsync(factory, "Referat med billeder");
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);

        using var picture = await UploadAsync(admin, meeting, TestImages.JpegWithGps(), "IMG_0042.jpg", "Rådet ved bordet i cafeen");
        using var pdf = await UploadAsync(admin, meeting, Pdf, "Referat marts.pdf", "");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (picture.StatusCode, pdf.StatusCode));
        var stored = await factory.QueryAsync(db => db.CouncilMeetingAttachments.Where(a => a.MeetingId == meeting)
            .OrderBy(a => a.ContentType).ToListAsync());
        Assert.Equal([("application/pdf", "Referat-marts.pdf"), ("image/jpeg", "IMG-0042.jpg")], stored.Select(a => (a.ContentType, a.FileName)));
        var (pdfFile, image) = (stored[0], stored[1]);
        using (var decoded = new MagickImage(image.Content))
        {
            Assert.Null(decoded.GetExifProfile());
        }

        var created = await factory.QueryAsync(db => db.AdminAuditEntries
            .Where(e => e.EntityType == AdminEntityType.CouncilMeetingAttachment && e.Action == AdminAuditAction.Created)
            .Select(e => e.EntityId).ToListAsync());
        Assert.Contains(image.Id.ToString(), created);
        Assert.Contains(pdfFile.Id.ToString(), created);

        using var visitor = factory.CreateBrowserLikeClient();
        var page = await visitor.GetDocumentAsync("/Information/hvidovre");
        var minutes = page.QuerySelectorAll(".council-minutes").Single(d => d.TextContent.Contains("Referat med billeder", StringComparison.Ordinal));
        var img = minutes.QuerySelector("[data-minutes-files] img")!;
        Assert.Equal(("Rådet ved bordet i cafeen", $"/Information/hvidovre/Referater/{image.Id}"), (img.GetAttribute("alt"), img.GetAttribute("src")));
        var link = minutes.QuerySelector("[data-minutes-files] a[download]")!;
        Assert.Equal($"/Information/hvidovre/Referater/{pdfFile.Id}", link.GetAttribute("href"));
        Assert.Contains("PDF, 1 kB", minutes.QuerySelector("[data-minutes-files]")!.TextContent, StringComparison.Ordinal);

        using var servedImage = await visitor.GetAsync(new Uri($"/Information/hvidovre/Referater/{image.Id}", UriKind.Relative));
        Assert.Equal(("image/jpeg", "nosniff"),
            (servedImage.Content.Headers.ContentType?.MediaType, servedImage.Headers.GetValues("X-Content-Type-Options").Single()));
        using (var served = new MagickImage(await servedImage.Content.ReadAsByteArrayAsync()))
        {
            Assert.Null(served.GetExifProfile());
        }

        using var servedPdf = await visitor.GetAsync(new Uri($"/Information/hvidovre/Referater/{pdfFile.Id}", UriKind.Relative));
        Assert.Equal(("application/pdf", "attachment"),
            (servedPdf.Content.Headers.ContentType?.MediaType, servedPdf.Content.Headers.ContentDisposition?.DispositionType));
        Assert.Equal(Pdf, await servedPdf.Content.ReadAsByteArrayAsync());

        // Only at its own municipality's address.
        using var elsewhere = await visitor.GetAsync(new Uri($"/Information/ishoej/Referater/{pdfFile.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);

        // Removed: gone at once, with its entry in the administrators' audit.
        var adminPage = await admin.GetDocumentAsync($"/Admin/Councils/Meeting/{meeting}");
        using var removed = await admin.SubmitAsync(adminPage, new Dictionary<string, string>(),
            $"form[action*='handler=RemoveFile'][action*='{pdfFile.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        using var gone = await visitor.GetAsync(new Uri($"/Information/hvidovre/Referater/{pdfFile.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.AdminAuditEntries.AnyAsync(e => e.EntityType == AdminEntityType.CouncilMeetingAttachment
            && e.Action == AdminAuditAction.Deleted && e.EntityId == pdfFile.Id.ToString())));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_municipalitys_administrator_gets_404_for_the_page_the_upload_and_the_removal(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var meeting = await AddMeetingAsync(factory, "Hvidovres referat");
        var file = await AddFileAsync(factory, meeting);
        using var hvidovre = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var hvidovrePage = await hvidovre.GetDocumentAsync($"/Admin/Councils/Meeting/{meeting}");
        using var ishoej = await factory.SignInAsAsync(DemoAccounts.IshoejAdministrator);
        var token = await ishoej.TokenAsync();

        using var page = await ishoej.GetAsync(new Uri($"/Admin/Councils/Meeting/{meeting}", UriKind.Relative));
        using var upload = await ishoej.SubmitWithFileAsync(hvidovrePage, new Dictionary<string, string> { ["__RequestVerificationToken"] = token },
            "Attachment.File", Pdf, "a.pdf", "application/pdf", $"/Admin/Councils/Meeting/{meeting}?handler=Upload");
        using var removal = await ishoej.PostAsync(
            new Uri($"/Admin/Councils/Meeting/{meeting}?handler=RemoveFile&fileId={file}", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, upload.StatusCode, removal.StatusCode));
        Assert.Equal([file], await factory.QueryAsync(db => db.CouncilMeetingAttachments.Where(a => a.MeetingId == meeting).Select(a => a.Id).ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_file_is_404_while_the_meeting_has_no_minutes_and_goes_with_the_deleted_meeting(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var meeting = await AddMeetingAsync(factory, "Snart uden referat");
        var file = await AddFileAsync(factory, meeting);
        using var visitor = factory.CreateBrowserLikeClient();
        var address = new Uri($"/Information/hvidovre/Referater/{file}", UriKind.Relative);
        using (var shown = await visitor.GetAsync(address))
        {
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        }

        await factory.WithDbAsync(db => db.CouncilMeetings.Where(m => m.Id == meeting)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.MinutesMarkdown, (string?)null)));
        using (var withoutMinutes = await visitor.GetAsync(address))
        {
            Assert.Equal(HttpStatusCode.NotFound, withoutMinutes.StatusCode);
        }

        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var confirm = await admin.GetDocumentAsync($"/Admin/Councils/Meeting/{meeting}?handler=Delete");
        using var deleted = await admin.SubmitAsync(confirm, new Dictionary<string, string>(), "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        using (var afterDelete = await visitor.GetAsync(address))
        {
            Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
        }

        Assert.False(await factory.QueryAsync(db => db.CouncilMeetingAttachments.AnyAsync(a => a.Id == file)));
        Assert.True(await factory.QueryAsync(db => db.AdminAuditEntries.AnyAsync(e => e.EntityType == AdminEntityType.CouncilMeetingAttachment
            && e.Action == AdminAuditAction.Deleted && e.EntityId == file.ToString())));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_renamed_program_or_a_picture_without_a_description_is_refused_with_a_sentence_and_nothing_saved(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var meeting = await AddMeetingAsync(factory, "Referat uden filer");
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);

        using var program = await UploadAsync(admin, meeting, Encoding.Latin1.GetBytes("MZ\u0090\0\u0003\0\0\0program"), "referat.pdf", "");
        using var noAlt = await UploadAsync(admin, meeting, TestImages.JpegWithGps(), "a.jpg", "");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (program.StatusCode, noAlt.StatusCode));
        Assert.Contains("hverken et billede", (await HtmlForms.ParseAsync(program)).QuerySelector(".form-error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Beskriv billedet", (await HtmlForms.ParseAsync(noAlt)).QuerySelector(".form-error-message")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.CouncilMeetingAttachments.AnyAsync(a => a.MeetingId == meeting)));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, Guid meeting, byte[] content, string name, string altText)
    {
        var page = await admin.GetDocumentAsync($"/Admin/Councils/Meeting/{meeting}");
        var form = page.QuerySelector("form[action*='handler=Upload']")!;
        return await admin.SubmitWithFileAsync(page, new Dictionary<string, string> { ["Attachment.AltText"] = altText },
            "Attachment.File", content, name, "image/jpeg", form.GetAttribute("action")!);
    }

    /// <summary>A past meeting of Hvidovre's council with the given minutes.</summary>
    private static Task<Guid> AddMeetingAsync(PortalFactory factory, string minutes) =>
        factory.WithDbAsync(async db =>
        {
            var council = await db.RelativesCouncils.Where(c => c.Municipality!.Slug == "hvidovre").Select(c => c.Id).FirstAsync();
            // Yesterday: the newest past meeting, so the page shows its minutes.
            var yesterday = DateOnly.FromDateTime(Paaroerende.Web.Localization.DanishTime.ToLocal(factory.Clock.GetUtcNow().UtcDateTime)).AddDays(-1);
            var meeting = new CouncilMeeting { Id = Guid.NewGuid(), CouncilId = council, MeetingDate = yesterday, MinutesMarkdown = minutes };
            db.CouncilMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

    private static Task<Guid> AddFileAsync(PortalFactory factory, Guid meeting) =>
        factory.WithDbAsync(async db =>
        {
            var file = new CouncilMeetingAttachment
            {
                Id = Guid.NewGuid(), MeetingId = meeting, FileName = "referat.pdf", ContentType = "application/pdf", SizeBytes = Pdf.Length,
                Content = Pdf, UploadedAtUtc = new DateTime(2026, 11, 3, 8, 0, 0, DateTimeKind.Utc), UploadedByUserId = "test",
            };
            db.CouncilMeetingAttachments.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
}
