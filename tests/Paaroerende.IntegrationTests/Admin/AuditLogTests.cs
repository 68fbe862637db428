using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Admin;

/// <summary>The administrators' change log: who, what, when, before and after — for the own municipality only, and never rewritten.</summary>
public class AuditLogTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_change_log_shows_who_changed_what_before_and_after_to_the_own_municipality_only(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var hvidovre = await factory.SignInAsAsync(DemoAccounts.Administrator);
        using var ishoej = await factory.SignInAsAsync(DemoAccounts.IshoejAdministrator);
        var title = $"Kategori {Guid.NewGuid():N}"[..20];
        var category = await hvidovre.AddCategoryAsync(factory, title);
        var edit = await hvidovre.GetDocumentAsync($"/Admin/Directory/Category/{category}");
        using var renamed = await hvidovre.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Title"] = title + " ny" });

        var log = await hvidovre.GetDocumentAsync("/Admin/Audit");
        var ishoejLog = await ishoej.GetDocumentAsync("/Admin/Audit");

        var row = log.QuerySelectorAll("tr[data-audit-entry]").First(r => r.TextContent.Contains(title + " ny", StringComparison.Ordinal));
        Assert.Contains("Anders Administrator", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rettet", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(title, row.QuerySelector("[data-before='Title']")?.TextContent);
        Assert.Equal(title + " ny", row.QuerySelector("[data-after='Title']")?.TextContent);
        Assert.DoesNotContain(title, ishoejLog.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_change_log_filters_by_period_and_kind_of_content(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var title = $"Filter {Guid.NewGuid():N}"[..18];
        await admin.AddCategoryAsync(factory, title);
        var today = Localization.DanishToday(factory);

        var byType = await admin.GetDocumentAsync($"/Admin/Audit?Filter.EntityType={AdminEntityType.DirectoryCategory}");
        var otherType = await admin.GetDocumentAsync($"/Admin/Audit?Filter.EntityType={AdminEntityType.Unit}");
        var thisPeriod = await admin.GetDocumentAsync($"/Admin/Audit?Filter.From={today:yyyy-MM-dd}&Filter.To={today:yyyy-MM-dd}");
        var laterPeriod = await admin.GetDocumentAsync($"/Admin/Audit?Filter.From={today.AddDays(1):yyyy-MM-dd}");

        Assert.Contains(title, byType.Body!.TextContent, StringComparison.Ordinal);
        Assert.All(byType.QuerySelectorAll("tr[data-audit-entry]"), r => Assert.Equal("DirectoryCategory", r.GetAttribute("data-audit-entry")));
        Assert.DoesNotContain(title, otherType.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(title, thisPeriod.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(laterPeriod.QuerySelectorAll("tr[data-audit-entry]"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Admin_audit_entries_can_be_neither_changed_nor_deleted(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        await admin.AddCategoryAsync(factory, $"Låst {Guid.NewGuid():N}"[..16]);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var entry = await db.AdminAuditEntries.FirstAsync();

        entry.Summary = "omskrevet";
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AdminAuditEntries\""));

        // Past EF and its interceptor, straight to the database: the triggers refuse too.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var sql in new[] { "DELETE FROM \"AdminAuditEntries\"", "UPDATE \"AdminAuditEntries\" SET \"Summary\" = 'x'" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var refused = await Record.ExceptionAsync(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused?.Message, StringComparison.Ordinal);
        }

        Assert.NotEqual(0, await db.AdminAuditEntries.CountAsync());
    }

    /// <summary>"Today" as the page reads dates: the Danish calendar day of the portal's clock.</summary>
    private static class Localization
    {
        public static DateOnly DanishToday(PortalFactory factory) =>
            DateOnly.FromDateTime(Web.Localization.DanishTime.ToLocal(factory.Clock.GetUtcNow().UtcDateTime));
    }
}
