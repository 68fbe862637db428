using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Staff;

public class CitizenPageTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_citizen_page_shows_each_relatives_decisions_and_what_the_gate_lets_them_see(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var mette = await factory.RelationIdAsync(inger, DemoAccounts.Relative);

        var page = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}");

        var section = page.QuerySelector($"[data-relation='{mette}']")!;
        Assert.Contains("Mette Testrup", section.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        string? Row(string topic, string attribute) => section.QuerySelector($"tr[data-topic='{topic}']")?.GetAttribute(attribute);
        Assert.Equal("true", Row("DailyLife", "data-can-see"));
        Assert.Equal("false", Row("Finances", "data-can-see"));
        Assert.Equal("KeptOut", section.QuerySelector("tr[data-topic='Finances'] [data-level]")!.GetAttribute("data-level"));
        Assert.Equal("false", Row("Medicine", "data-can-see"));
        Assert.NotNull(section.QuerySelector($"a[href='/Staff/Citizens/{inger}/Relations/{mette}/Consent']"));
        Assert.NotNull(section.QuerySelector($"a[href='/Staff/Citizens/{inger}/Relations/{mette}/End']"));
        Assert.NotNull(page.QuerySelector($"a[href='/Staff/Citizens/{inger}/Nominate']"));
        Assert.Contains(page.QuerySelectorAll("tr[data-record]"), r => r.TextContent.Contains("Sofie Medarbejder (demo)", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_consent_history_answers_what_was_in_force_at_a_past_moment(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Tid", "Punktsen", new DateOnly(1945, 3, 3));
        // 1 March: medicine informed; 5 March: withdrawn (docs/consent.md's first two examples), all at 10:00 UTC.
        var march1 = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);
        var march5 = march1.AddDays(4);
        var (relation, _) = await factory.AddRelationAsync(citizen, "Mette", "Tidsen", march1.AddHours(-1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var scenario = new ConsentScenario(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
            scenario.Consent(relation, ConsentTopic.Medicine, ConsentLevel.Informed, march1);
            scenario.Consent(relation, ConsentTopic.Medicine, ConsentLevel.None, march5);
            await scenario.SaveAsync();
        }

        var march3 = await sofie.GetDocumentAsync($"/Staff/Citizens/{citizen}?AtDate=2026-03-03&AtTime=14:00");
        var march6 = await sofie.GetDocumentAsync($"/Staff/Citizens/{citizen}?AtDate=2026-03-06");
        var today = await sofie.GetDocumentAsync($"/Staff/Citizens/{citizen}");

        Assert.Contains("3. marts 2026 kl. 14.00", march3.QuerySelector("[data-moment]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", march3.QuerySelector("tr[data-topic='Medicine'][data-can-see]")!.GetAttribute("data-can-see"));
        Assert.Equal(["Informed"], InForce(march3));
        Assert.Equal("false", march6.QuerySelector("tr[data-topic='Medicine'][data-can-see]")!.GetAttribute("data-can-see"));
        Assert.Equal(["None"], InForce(march6));
        Assert.Null(today.QuerySelector("[data-moment]"));
        Assert.Equal(["None", "Informed"], today.QuerySelectorAll("tr[data-record]").Select(r => r.GetAttribute("data-level")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_time_without_a_date_is_explained_next_to_the_date(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");

        var page = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}?AtTime=09:30");

        Assert.Equal("Vælg også en dato, eller fjern klokkeslættet.", page.ErrorNextTo("AtDate"));
        Assert.Equal("09:30", page.ValueOf("AtTime"));
        Assert.Null(page.QuerySelector("[data-moment]"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task No_staff_page_shows_an_unfilled_placeholder_in_Danish_or_English(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var mette = await factory.RelationIdAsync(inger, DemoAccounts.Relative);
        var thread = await factory.WithDbAsync(db => db.MessageThreads.Where(t => t.RelationId == mette).Select(t => t.Id).FirstAsync());
        var update = await factory.WithDbAsync(db => db.CitizenUpdates.Where(u => u.CitizenId == inger).Select(u => u.Id).FirstAsync());
        var news = await factory.WithDbAsync(db => db.UnitNews
            .Where(n => db.Citizens.Any(c => c.Id == inger && c.UnitId == n.UnitId)).Select(n => n.Id).FirstAsync());
        var urls = (await StaffRoutes.DiscoverAsync(factory))
            .Select(r => StaffRoutes.Fill(r.Template, inger, mette, thread, r.Template.StartsWith("/Staff/News/", StringComparison.Ordinal) ? news : update))
            .ToList();

        foreach (var culture in new[] { "da-DK", "en" })
        {
            using var _ = await sofie.SubmitAsync(await sofie.GetDocumentAsync("/Staff"), new Dictionary<string, string> { ["culture"] = culture });
            foreach (var url in urls)
            {
                var page = await sofie.GetDocumentAsync(url);
                Assert.Equal(culture[..2], page.DocumentElement.GetAttribute("lang"));
                Assert.DoesNotMatch(@"\{\d\}", page.Body!.TextContent + string.Concat(page.QuerySelectorAll("[aria-label],[title]").Select(e => e.GetAttribute("aria-label"))));
            }
        }
    }

    private static List<string?> InForce(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tr[data-record][data-in-force='true']").Select(r => r.GetAttribute("data-level")).ToList();
}
