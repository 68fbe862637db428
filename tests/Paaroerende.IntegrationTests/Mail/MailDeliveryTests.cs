using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Core.Mail;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Mail;

/// <summary>Where mails go: SMTP when a host is configured; otherwise the pickup folder, readable on a page in Development.</summary>
public class MailDeliveryTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public async Task The_development_mail_page_answers_not_found_outside_Development()
    {
        await using var portal = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, demoData: false);
        using var client = portal.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/Dev/Mail", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task In_Development_the_mail_page_shows_each_sent_mail_with_a_clickable_link_and_harmless_text()
    {
        await using var portal = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), demoData: false,
            services: MailWorld.FastOutbox());
        await using var development = portal.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        const string link = "http://localhost/Account/Invitation?token=abc123";

        await QueueAsync(development, "ny@test.example", "Invitation", $"Vælg din adgangskode her:\n{link}\n{Script}");
        await portal.SingleMailTextAsync();
        using var client = development.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/Dev/Mail", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"[data-mail] a[href='{link}']"));
        Assert.Contains("ny@test.example", page.QuerySelector("[data-mail]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Script, page.QuerySelector("[data-mail]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
    }

    private static async Task QueueAsync(WebApplicationFactory<Program> portal, string to, string subject, string body = "Tekst")
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MailOutbox>().Enqueue(new OutgoingMail(to, subject, body));
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }
}
