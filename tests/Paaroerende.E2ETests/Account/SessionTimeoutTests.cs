using System.Text.RegularExpressions;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Paaroerende.E2ETests.Account;

/// <summary>
/// The 30-minute idle limit warns two minutes ahead and lets the user stay (WCAG 2.2.1). The browser's clock is
/// fast-forwarded, so the tests wait seconds, not minutes.
/// </summary>
[Collection(SharedPortal.Name)]
public class SessionTimeoutTests(PortalInChromium portal)
{
    [Fact]
    public async Task Two_minutes_before_the_idle_limit_a_warning_lets_the_user_stay_signed_in()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await SignIn.AsAsync(page, DemoRole.Relative);
        var warning = page.Locator("dialog#session-timeout");
        await Expect(warning).Not.ToBeVisibleAsync();

        await page.Clock.FastForwardAsync("28:01");

        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToContainTextAsync("Du bliver snart logget af");
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe("the session warning", violations));

        var keepAlive = page.WaitForResponseAsync(r => r.Url.EndsWith("/Account/KeepAlive", StringComparison.Ordinal));
        await warning.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Bliv logget ind" }).ClickAsync();

        Assert.Equal(204, (await keepAlive).Status);
        await Expect(warning).Not.ToBeVisibleAsync();
        Assert.EndsWith("/Relatives", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_who_does_not_answer_the_warning_is_sent_to_sign_in_with_an_explanation()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await SignIn.AsAsync(page, DemoRole.Relative);

        await page.Clock.FastForwardAsync("28:01");
        await page.Clock.RunForAsync(121_000);

        await page.ArriveAtAsync(new Regex("/Account/Login"));
        await Expect(page.Locator("main")).ToContainTextAsync("Du er blevet logget af, fordi du ikke havde brugt portalen i 30 minutter");
    }
}
