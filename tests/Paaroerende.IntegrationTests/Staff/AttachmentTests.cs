using System.Net;
using System.Text;
using ImageMagick;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.Core.Privacy;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.TestShared;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// Pictures and PDFs on updates (issue #13 part 3, docs/adr/0039): staff attach them with the update, checked by content
/// and saved in one transaction; a relative downloads one only through the update's own gate rule, every download is
/// audited, and "not allowed" is 404 like "does not exist".
/// </summary>
public class AttachmentTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_photo_posted_with_an_update_is_stored_without_gps_and_served_to_the_relative_with_consent_audited(string provider)
    {
        var (factory, inger, relative) = await ArrangeAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);

        using var posted = await PostAsync(sofie, inger, "Gåtur i haven", TestImages.JpegWithGps(), "IMG_0042.jpg", "Inger i haven med sin rollator");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = await factory.QueryAsync(db => db.Attachments.SingleAsync(a => a.AltText == "Inger i haven med sin rollator"));
        Assert.Equal(("image/jpeg", "IMG-0042.jpg", AttachmentOwner.CitizenUpdate), (stored.ContentType, stored.FileName, stored.OwnerKind));
        using (var image = new MagickImage(stored.Content))
        {
            Assert.Null(image.GetExifProfile());
        }

        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.AttachmentAdded
            && a.CitizenId == inger && a.Detail == stored.Id.ToString())));

        using var client = await factory.SignInAsync(relative);
        var citizenPage = await client.GetDocumentAsync(relative.CitizenPage);
        var img = citizenPage.QuerySelector($"[data-attachment='{stored.Id}'] img")!;
        Assert.Equal(("Inger i haven med sin rollator", $"{relative.CitizenPage}/Attachments/{stored.Id}", "lazy"),
            (img.GetAttribute("alt"), img.GetAttribute("src"), img.GetAttribute("loading")));
        using var served = await client.GetAsync(new Uri($"{relative.CitizenPage}/Attachments/{stored.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(stored.Content, await served.Content.ReadAsByteArrayAsync());
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.RelativeRead
            && a.ItemId == stored.Id && a.PersonId == relative.PersonId && a.Topic == ConsentTopic.DailyLife)));

        // The citizen's own copy (GDPR art. 15) names the picture, without its bytes.
        var copy = await factory.WithServiceAsync<PersonalDataExport, PersonalData?>(e => e.ForCitizenAsync(inger));
        var row = Assert.Single(copy!.Attachments, a => a.Id == stored.Id);
        Assert.Equal(("Inger i haven med sin rollator", "image/jpeg"), (row.AltText, row.ContentType));

        using var staffServed = await sofie.GetAsync(new Uri($"/Staff/Attachments/{stored.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, staffServed.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.AttachmentDownloaded
            && a.Detail == stored.Id.ToString())));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_renamed_program_or_an_svg_is_refused_with_a_danish_sentence_and_nothing_is_saved(string provider)
    {
        var (factory, inger, _) = await ArrangeAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var before = await factory.QueryAsync(db => db.CitizenUpdates.CountAsync(u => u.CitizenId == inger));
        var attachmentsBefore = await factory.QueryAsync(db => db.Attachments.CountAsync());

        foreach (var (content, name) in new[]
        {
            (Encoding.Latin1.GetBytes("MZ\u0090\0\u0003\0\0\0program"), "billede.jpg"),
            (Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "tegning.svg"),
        })
        {
            using var refused = await PostAsync(sofie, inger, "Med forkert fil", content, name, "Et billede");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await HtmlForms.ParseAsync(refused);
            Assert.Contains("hverken et billede", page.QuerySelector(".form-error-message")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Med forkert fil", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        }

        Assert.Equal(before, await factory.QueryAsync(db => db.CitizenUpdates.CountAsync(u => u.CitizenId == inger)));
        Assert.Equal(attachmentsBefore, await factory.QueryAsync(db => db.Attachments.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_picture_without_a_description_or_a_file_above_the_limit_is_refused_not_an_error(string provider)
    {
        var (factory, inger, _) = await ArrangeAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var attachmentsBefore = await factory.QueryAsync(db => db.Attachments.CountAsync());

        using var noAlt = await PostAsync(sofie, inger, "Uden beskrivelse", TestImages.JpegWithGps(), "a.jpg", "");
        Assert.Equal(HttpStatusCode.OK, noAlt.StatusCode);
        Assert.Contains("Beskriv billedet", (await HtmlForms.ParseAsync(noAlt)).QuerySelector(".form-error-message")!.TextContent,
            StringComparison.Ordinal);

        var tooLarge = new byte[AttachmentIntake.MaxBytes + 1];
        "%PDF-1.4\n"u8.CopyTo(tooLarge);
        using var large = await PostAsync(sofie, inger, "For stor", tooLarge, "stor.pdf", "");
        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        Assert.Contains("for stor", (await HtmlForms.ParseAsync(large)).QuerySelector(".form-error-message")!.TextContent, StringComparison.Ordinal);

        var farTooLarge = new byte[AttachmentIntake.RequestLimit + 1];
        using var rejected = await PostAsync(sofie, inger, "Alt for stor", farTooLarge, "stor.pdf", "");
        Assert.InRange((int)rejected.StatusCode, 400, 499);
        Assert.Equal(attachmentsBefore, await factory.QueryAsync(db => db.Attachments.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Without_the_topic_withdrawn_a_stranger_or_another_units_staff_get_not_found(string provider)
    {
        var (factory, inger, relative) = await ArrangeAsync(provider);
        var withoutTopic = await factory.AddSignedUpRelativeAsync(inger, "Uden", consents: (ConsentTopic.HealthAndCare, ConsentLevel.Informed));
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen");
        var stranger = await factory.AddSignedUpRelativeAsync(bent, "Fremmed", consents: (ConsentTopic.DailyLife, ConsentLevel.Informed));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        using var posted = await PostAsync(sofie, inger, "Velkomstfolder", pdf, "velkomst.pdf", "");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var attachment = await factory.QueryAsync(db => db.Attachments.Where(a => a.FileName == "velkomst.pdf")
            .Select(a => new { a.Id, a.OwnerId }).SingleAsync());
        var address = $"/Relatives/Citizen/{inger}/Attachments/{attachment.Id}";

        using (var client = await factory.SignInAsync(relative))
        {
            using var served = await client.GetAsync(new Uri(address, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", served.Content.Headers.ContentDisposition?.DispositionType);
            var link = (await client.GetDocumentAsync(relative.CitizenPage)).QuerySelector($"[data-attachment='{attachment.Id}'] a")!;
            Assert.Equal(address, link.GetAttribute("href"));
            Assert.Contains("PDF", link.ParentElement!.TextContent, StringComparison.Ordinal);
        }

        using (var client = await factory.SignInAsync(withoutTopic))
        {
            Assert.Null((await client.GetDocumentAsync(withoutTopic.CitizenPage)).QuerySelector($"[data-attachment='{attachment.Id}']"));
        }

        using (var client = await factory.SignInAsync(withoutTopic))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(address, UriKind.Relative))).StatusCode);
            Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.RelativeReadDenied
                && a.CitizenId == inger && a.PersonId == withoutTopic.PersonId)));
        }

        using (var client = await factory.SignInAsync(stranger))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(address, UriKind.Relative))).StatusCode);
            var viaOwnCitizen = $"/Relatives/Citizen/{bent}/Attachments/{attachment.Id}";
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(viaOwnCitizen, UriKind.Relative))).StatusCode);
        }

        var otherEmail = await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit);
        using (var other = await factory.SignInAsAsync(otherEmail, TestUsers.Password))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"/Staff/Attachments/{attachment.Id}", UriKind.Relative))).StatusCode);
        }

        using var withdrawn = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates/{attachment.OwnerId}"),
            new Dictionary<string, string> { ["Withdrawal.Reason"] = "Forkert borger" }, "[data-withdraw-form]");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        using (var client = await factory.SignInAsync(relative))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(address, UriKind.Relative))).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_news_picture_is_shown_to_the_units_relatives_until_the_news_is_withdrawn(string provider)
    {
        var (factory, _, relative) = await ArrangeAsync(provider);
        var title = $"Julefrokost {Guid.NewGuid():N}"[..24];
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var page = await sofie.GetDocumentAsync("/Staff/News");
        var unit = page.QuerySelector("input[name='Input.UnitId']")?.GetAttribute("value")
            ?? page.QuerySelector("select[name='Input.UnitId'] option[value]:not([value=''])")!.GetAttribute("value")!;
        using var posted = await sofie.SubmitWithFileAsync(page, new Dictionary<string, string>
        {
            ["Input.UnitId"] = unit, ["Input.Title"] = title, ["Input.Body"] = "Se invitationen.",
            ["Attachment.AltText"] = "Juletræet i dagligstuen",
        }, "Attachment.File", TestImages.JpegWithGps(), "jul.png", "image/png", "/Staff/News");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = await factory.QueryAsync(db => db.Attachments.SingleAsync(a => a.AltText == "Juletræet i dagligstuen"));
        Assert.Equal(AttachmentOwner.UnitNews, stored.OwnerKind);

        using var client = await factory.SignInAsync(relative);
        var card = (await client.GetDocumentAsync(relative.CitizenPage)).QuerySelectorAll("[data-unit-news]")
            .Single(a => a.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal("Juletræet i dagligstuen", card.QuerySelector($"[data-attachment='{stored.Id}'] img")!.GetAttribute("alt"));
        var address = $"{relative.CitizenPage}/Attachments/{stored.Id}";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(address, UriKind.Relative))).StatusCode);

        var otherEmail = await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit);
        using (var other = await factory.SignInAsAsync(otherEmail, TestUsers.Password))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"/Staff/Attachments/{stored.Id}", UriKind.Relative))).StatusCode);
        }

        using var withdrawn = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/News/{stored.OwnerId}"),
            new Dictionary<string, string> { ["Withdrawal.Reason"] = "Aflyst" }, "[data-withdraw-form]");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(address, UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_update_with_two_files_shows_both_in_the_order_added_once_and_no_other_citizens_files(string provider)
    {
        var (factory, inger, relative) = await ArrangeAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var title = $"Udflugt {Guid.NewGuid():N}"[..20];
        using var posted = await PostAsync(sofie, inger, title, TestImages.JpegWithGps(), "skoven.jpg", "Inger i skoven");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var picture = await factory.QueryAsync(db => db.Attachments.SingleAsync(a => a.AltText == "Inger i skoven"));
        var pdf = await factory.QueryAsync(async db =>
        {
            var added = File(AttachmentOwner.CitizenUpdate, picture.OwnerId, "program.pdf", picture.UploadedAtUtc.AddSeconds(1));
            // Another citizen's update with a file: on the page it must not be, and the page must not look for it.
            var other = await db.CitizenUpdates.Where(u => u.CitizenId != inger).Select(u => u.Id).FirstAsync();
            db.Attachments.AddRange(added, File(AttachmentOwner.CitizenUpdate, other, "andres.pdf", picture.UploadedAtUtc));
            await db.SaveChangesAsync();
            return added;
        });

        using var client = await factory.SignInAsync(relative);
        var page = await client.GetDocumentAsync(relative.CitizenPage);

        var card = Assert.Single(page.QuerySelectorAll("article[data-topic]"), a => a.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal([picture.Id.ToString(), pdf.Id.ToString()],
            card.QuerySelectorAll("[data-attachment]").Select(f => f.GetAttribute("data-attachment")));
        Assert.Equal(2, page.QuerySelectorAll("[data-attachment]").Length);
        Assert.DoesNotContain("andres.pdf", page.Body!.TextContent, StringComparison.Ordinal);
    }

    private static Attachment File(AttachmentOwner kind, Guid owner, string name, DateTime uploadedAtUtc) => new()
    {
        Id = Guid.NewGuid(), OwnerKind = kind, OwnerId = owner, FileName = name, ContentType = "application/pdf",
        SizeBytes = 5, Content = "%PDF-"u8.ToArray(), UploadedAtUtc = uploadedAtUtc, UploadedByUserId = "test",
    };

    private static async Task<HttpResponseMessage> PostAsync(
        HttpClient staff, Guid citizenId, string title, byte[] content, string fileName, string altText)
    {
        var address = $"/Staff/Citizens/{citizenId}/Updates";
        var page = await staff.GetDocumentAsync(address);
        return await staff.SubmitWithFileAsync(page, new Dictionary<string, string>
        {
            ["Input.Topic"] = nameof(ConsentTopic.DailyLife), ["Input.Title"] = title, ["Input.Body"] = "Det var en god dag.",
            ["Attachment.AltText"] = altText,
        }, "Attachment.File", content, fileName, "image/jpeg", address);
    }

    /// <summary>A relative who follows Inger's daily life.</summary>
    private async Task<(PortalFactory Factory, Guid Inger, TestRelative Relative)> ArrangeAsync(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Billede", consents: (ConsentTopic.DailyLife, ConsentLevel.Informed));
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        return (factory, inger, relative);
    }
}
