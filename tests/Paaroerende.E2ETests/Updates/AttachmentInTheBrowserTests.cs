using ImageMagick;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using Paaroerende.TestShared;

namespace Paaroerende.E2ETests.Updates;

/// <summary>
/// Issue #13 part 3 in a real browser: Sofie, on her phone, posts an update about Inger with a photo that carries a GPS
/// position; first without a description (refused, nothing typed lost), then described. Jens (who follows "Dagligdag og
/// trivsel") sees the picture inline with its description, and the picture his browser gets has no GPS position. Every
/// page passes axe at phone and desktop width (screenshots when PAAROERENDE_SCREENSHOTS is set).
/// </summary>
[Collection(SharedPortal.Name)]
public class AttachmentInTheBrowserTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("attachments");

    [Fact]
    public async Task Staff_attach_a_photo_on_a_phone_and_the_relative_sees_it_inline_without_its_gps_position()
    {
        var inger = await IngerAsync();
        var title = $"Gåtur {Guid.NewGuid():N}"[..14];
        var photo = Path.Combine(Path.GetTempPath(), $"gaatur-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(photo, TestImages.JpegWithGps(1200, 900));

        await using var staffContext = await portal.NewContextAsync(phone: true);
        var sofie = await staffContext.NewPageAsync();
        await SignIn.AsAsync(sofie, DemoRole.Staff);
        await sofie.GotoAsync($"/Staff/Citizens/{inger}/Updates");
        await _widths.CheckAsync(sofie, "staff-form");
        await sofie.SetViewportSizeAsync(PortalInChromium.Phone.Width, PortalInChromium.Phone.Height);
        await sofie.Locator("#Input_Topic").SelectOptionAsync("DailyLife");
        await sofie.GetByLabel("Overskrift").FillAsync(title);
        await sofie.GetByLabel("Tekst").FillAsync("Inger gik en tur i haven i solskinnet.");
        await sofie.GetByLabel("Vælg et billede eller en PDF-fil").SetInputFilesAsync(photo);
        await sofie.GetByRole(AriaRole.Button, new() { Name = "Læg opdatering op" }).ClickAsync();

        // Without a description the picture is refused, and what she typed is still there.
        await Assertions.Expect(sofie.Locator(".form-error-message").First).ToContainTextAsync("Beskriv billedet");
        await Assertions.Expect(sofie.GetByLabel("Overskrift")).ToHaveValueAsync(title);
        await Assertions.Expect(sofie.Locator("[data-choose-again]")).ToBeVisibleAsync();
        await _widths.CheckAsync(sofie, "staff-missing-description");
        await sofie.SetViewportSizeAsync(PortalInChromium.Phone.Width, PortalInChromium.Phone.Height);
        await sofie.GetByLabel("Vælg et billede eller en PDF-fil").SetInputFilesAsync(photo);
        await sofie.GetByLabel("Beskrivelse af billedet").FillAsync("Inger på bænken ved rosenbedet");
        await sofie.GetByRole(AriaRole.Button, new() { Name = "Læg opdatering op" }).ClickAsync();
        var card = sofie.Locator("[data-update]", new() { HasText = title });
        await Assertions.Expect(card.Locator("[data-attachments] a")).ToHaveCountAsync(1);
        await _widths.CheckAsync(sofie, "staff-posted");

        await using var jensContext = await portal.NewContextAsync(phone: true);
        var jens = await jensContext.NewPageAsync();
        await (await LoginPage.OpenAsync(jens)).SignInAsync(DemoAccounts.SecondRelative, DemoAccounts.Password);
        await jens.GotoAsync($"/Relatives/Citizen/{inger}");
        var image = jens.Locator("article", new() { HasText = title }).GetByRole(AriaRole.Img, new() { Name = "Inger på bænken ved rosenbedet" });
        await image.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(image).ToBeVisibleAsync();
        await jens.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await image.ElementHandleAsync());
        await _widths.CheckAsync(jens, "relative-sees-picture");

        // What the browser is served has no EXIF block at all, so no GPS position.
        var response = await jens.APIRequest.GetAsync((await image.GetAttributeAsync("src"))!);
        Assert.Equal(200, response.Status);
        using (var served = new MagickImage(await response.BodyAsync()))
        {
            Assert.Null(served.GetExifProfile());
        }

        File.Delete(photo);
        _widths.AssertNone();
    }

    private async Task<Guid> IngerAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync();
    }
}
