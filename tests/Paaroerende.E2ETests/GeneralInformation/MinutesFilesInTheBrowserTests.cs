using ImageMagick;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using Paaroerende.TestShared;
using static Microsoft.Playwright.Assertions;

namespace Paaroerende.E2ETests.GeneralInformation;

/// <summary>
/// Issue #13 part 3, council minutes, in a real browser: Hvidovre's administrator adds a photo to a meeting's minutes
/// (first without a description: refused, the file asked for again), and anybody opening the municipality's public page
/// sees it under the minutes with its description, served without its GPS position. Every page passes axe at phone and
/// desktop width (screenshots when PAAROERENDE_SCREENSHOTS is set).
/// </summary>
[Collection(SharedPortal.Name)]
public class MinutesFilesInTheBrowserTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("minutes-files");

    [Fact]
    public async Task An_administrator_adds_a_photo_to_the_minutes_and_the_public_page_shows_it_without_its_gps_position()
    {
        var meeting = await MeetingWithMinutesAsync();
        // A long name with no place to break a line (the portal keeps letters and digits, and dashes between them): it
        // must not push the page wider than a phone's screen.
        var photo = Path.Combine(Path.GetTempPath(), $"JuleraadetFaellesstuen{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(photo, TestImages.JpegWithGps(1200, 900));

        await using var adminContext = await portal.NewContextAsync(phone: true);
        var admin = await SignIn.AsAdministratorAsync(adminContext);
        await admin.GotoAsync($"/Admin/Councils/Meeting/{meeting}");
        await _widths.CheckAsync(admin, "admin-meeting");
        await admin.GetByLabel("Vælg et billede eller en PDF-fil").SetInputFilesAsync(photo);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tilføj filen" }).ClickAsync();
        await Expect(admin.Locator(".form-error-message").First).ToContainTextAsync("Beskriv billedet");
        await _widths.CheckAsync(admin, "admin-missing-description");

        await admin.GetByLabel("Vælg et billede eller en PDF-fil").SetInputFilesAsync(photo);
        await admin.GetByLabel("Beskrivelse af billedet").FillAsync("Rådets medlemmer ved juletræet i fællesstuen");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tilføj filen" }).ClickAsync();
        await Expect(admin.Locator("[data-minutes-files] [data-minutes-file]")).ToHaveCountAsync(1);
        await _widths.CheckAsync(admin, "admin-file-added");

        await using var publicContext = await portal.NewContextAsync(phone: true);
        var visitor = await publicContext.NewPageAsync();
        await visitor.GotoAsync("/Information/hvidovre");
        var minutes = visitor.Locator("details.council-minutes", new() { Has = visitor.Locator("[data-minutes-files]") });
        await minutes.Locator("summary").ClickAsync();
        var image = minutes.GetByRole(AriaRole.Img, new() { Name = "Rådets medlemmer ved juletræet i fællesstuen" });
        await image.ScrollIntoViewIfNeededAsync();
        await visitor.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await image.ElementHandleAsync());
        await _widths.CheckAsync(visitor, "public-minutes");

        var response = await visitor.APIRequest.GetAsync((await image.GetAttributeAsync("src"))!);
        Assert.Equal(200, response.Status);
        using (var served = new MagickImage(await response.BodyAsync()))
        {
            Assert.Null(served.GetExifProfile());
        }

        File.Delete(photo);
        _widths.AssertNone();
    }

    /// <summary>A past meeting of one of Hvidovre's councils with minutes written, as an administrator would have saved it.</summary>
    private async Task<Guid> MeetingWithMinutesAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var council = await db.RelativesCouncils
            .Where(c => db.Municipalities.Any(m => m.Id == c.MunicipalityId && m.Slug == "hvidovre"))
            .OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
        var meeting = new CouncilMeeting
        {
            Id = Guid.NewGuid(), CouncilId = council, MeetingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            Details = "Kl. 16.00-17.30 i cafeen",
            MinutesMarkdown = "Rådet drøftede julefrokosten og besøgstiderne i december.",
        };
        db.CouncilMeetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }
}
