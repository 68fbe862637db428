using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Admin;

/// <summary>
/// What the editors share (docs/adr/0017), pinned where other tests do not look: the exact before and after the change
/// log keeps for adding, changing, moving and deleting, the form kept with its choices after a refusal, and an item
/// moved to another category or situation going last there.
/// </summary>
public class EditorChangeLogTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_council_is_logged_when_added_changed_and_deleted_with_its_fields_before_and_after(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var name = Unique("Pårørenderåd");

        using var added = await admin.SubmitAsync(await admin.GetDocumentAsync("/Admin/Councils/Edit"), Council(name, "Mødes hver måned", ""));
        var id = await factory.QueryAsync(db => db.RelativesCouncils.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
        using var changed = await admin.SubmitAsync(
            await admin.GetDocumentAsync($"/Admin/Councils/Edit/{id}"), Council(name + " ny", "Mødes hver måned", "raad@hvidovre.dk"));
        var confirm = await admin.GetDocumentAsync($"/Admin/Councils/Edit/{id}?handler=Delete");
        using var deleted = await admin.SubmitAsync(confirm, new Dictionary<string, string>(), "form[action*='handler=Delete']");

        Assert.All([added, changed, deleted], r => Assert.Equal("/Admin/Councils", r.Headers.Location?.OriginalString));
        var entries = await factory.QueryAsync(db => db.AdminAuditEntries.Where(e => e.EntityId == id.ToString()).ToListAsync());
        var first = $$"""{"Name":"{{name}}","Description":"Mødes hver måned","UnitId":null,"ContactEmail":null}""";
        var second = $$"""{"Name":"{{name}} ny","Description":"Mødes hver måned","UnitId":null,"ContactEmail":"raad@hvidovre.dk"}""";
        Assert.Equal(
            [
                (AdminEntityType.RelativesCouncil, AdminAuditAction.Created, name, null, first),
                (AdminEntityType.RelativesCouncil, AdminAuditAction.Updated, name + " ny", first, second),
                (AdminEntityType.RelativesCouncil, AdminAuditAction.Deleted, name + " ny", second, null),
            ],
            entries.OrderBy(e => e.Action).Select(e => (e.EntityType, e.Action, e.Summary, e.BeforeJson, e.AfterJson)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_council_without_a_name_is_refused_and_keeps_the_description_typed_and_the_units_to_choose_from(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var count = await factory.QueryAsync(db => db.RelativesCouncils.CountAsync());

        using var refused = await admin.SubmitAsync(await admin.GetDocumentAsync("/Admin/Councils/Edit"), Council("", "Skrevet før fejlen", ""));
        var form = await HtmlForms.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(form.QuerySelector("#Input_Name-error"));
        Assert.Equal("Skrevet før fejlen", form.QuerySelector("textarea[name='Input.Description']")?.TextContent);
        Assert.Contains(form.QuerySelectorAll("select[name='Input.UnitId'] option"), o => o.GetAttribute("value") is { Length: > 0 });
        Assert.Equal(count, await factory.QueryAsync(db => db.RelativesCouncils.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_situation_moved_to_another_category_goes_last_there_and_is_logged_before_and_after(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var from = await admin.AddCategoryAsync(factory, Unique("Fra"));
        var to = await admin.AddCategoryAsync(factory, Unique("Til"));
        var title = Unique("Flyttes");
        var situation = await admin.AddSituationAsync(factory, from, title);
        await admin.AddSituationAsync(factory, to, Unique("Først"));
        await admin.AddSituationAsync(factory, to, Unique("Dernæst"));

        using var moved = await admin.SubmitAsync(await admin.GetDocumentAsync($"/Admin/Directory/Situation/{situation}"), new Dictionary<string, string>
        {
            ["Input.CategoryId"] = to.ToString(),
            ["Input.Title"] = title,
            ["Input.Description"] = "",
        });

        Assert.Equal("/Admin/Directory", moved.Headers.Location?.OriginalString);
        var stored = await factory.QueryAsync(db => db.DirectorySituations.SingleAsync(s => s.Id == situation));
        Assert.Equal((to, 3), (stored.CategoryId, stored.SortOrder));
        var checkedOn = stored.LastCheckedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var entry = await factory.QueryAsync(db => db.AdminAuditEntries
            .SingleAsync(e => e.EntityId == situation.ToString() && e.Action == AdminAuditAction.Updated));
        Assert.Equal($$"""{"Title":"{{title}}","Description":null,"LastCheckedOn":"{{checkedOn}}","CategoryId":"{{from}}","SortOrder":1}""", entry.BeforeJson);
        Assert.Equal($$"""{"Title":"{{title}}","Description":null,"LastCheckedOn":"{{checkedOn}}","CategoryId":"{{to}}","SortOrder":3}""", entry.AfterJson);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_contact_moved_to_another_situation_goes_last_there_and_is_logged_before_and_after(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var category = await admin.AddCategoryAsync(factory, Unique("Kategori"));
        var from = await admin.AddSituationAsync(factory, category, Unique("Fra"));
        var to = await admin.AddSituationAsync(factory, category, Unique("Til"));
        var name = Unique("Flyttes");
        var contact = await admin.AddContactAsync(factory, from, name);
        await admin.AddContactAsync(factory, to, Unique("Først"));
        await admin.AddContactAsync(factory, to, Unique("Dernæst"));

        using var moved = await admin.SubmitAsync(
            await admin.GetDocumentAsync($"/Admin/Directory/Contact/{contact}"), DirectoryEditing.ContactFields(to, name, note: "Ny note"));

        Assert.Equal("/Admin/Directory", moved.Headers.Location?.OriginalString);
        var stored = await factory.QueryAsync(db => db.DirectoryContacts.SingleAsync(c => c.Id == contact));
        Assert.Equal((to, 3), (stored.SituationId, stored.SortOrder));
        var entry = await factory.QueryAsync(db => db.AdminAuditEntries
            .SingleAsync(e => e.EntityId == contact.ToString() && e.Action == AdminAuditAction.Updated));
        Assert.Equal((AdminEntityType.DirectoryContact, name), (entry.EntityType, entry.Summary));
        Assert.Equal($$"""{"Name":"{{name}}","Phone":null,"Email":null,"OpeningHours":null,"WebAddress":null,"Note":null,"SortOrder":1}""", entry.BeforeJson);
        Assert.Equal($$"""{"Name":"{{name}}","Phone":null,"Email":null,"OpeningHours":null,"WebAddress":null,"Note":"Ny note","SortOrder":3}""", entry.AfterJson);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Moving_a_category_up_is_logged_with_its_place_before_and_after(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var upper = await admin.AddCategoryAsync(factory, Unique("Øverst"));
        var title = Unique("Rykkes op");
        var lower = await admin.AddCategoryAsync(factory, title);
        var orderBefore = await factory.QueryAsync(db => db.DirectoryCategories.Where(c => c.Id == lower).Select(c => c.SortOrder).SingleAsync());

        var list = await admin.GetDocumentAsync("/Admin/Directory");
        using var moved = await admin.SubmitAsync(list, new Dictionary<string, string> { ["direction"] = "up" },
            $"form[action^='/Admin/Directory/Category/{lower}']");

        Assert.Equal("/Admin/Directory", moved.Headers.Location?.OriginalString);
        var orders = await factory.QueryAsync(db => db.DirectoryCategories
            .Where(c => c.Id == upper || c.Id == lower).ToDictionaryAsync(c => c.Id, c => c.SortOrder));
        Assert.Equal(orders[upper] - 1, orders[lower]);
        var entry = await factory.QueryAsync(db => db.AdminAuditEntries
            .SingleAsync(e => e.EntityId == lower.ToString() && e.Action == AdminAuditAction.MovedUp));
        Assert.Equal((AdminEntityType.DirectoryCategory, title), (entry.EntityType, entry.Summary));
        Assert.Equal($$"""{"Title":"{{title}}","SortOrder":{{orderBefore}}}""", entry.BeforeJson);
        Assert.Equal($$"""{"Title":"{{title}}","SortOrder":{{orders[lower]}}}""", entry.AfterJson);
    }

    private static Dictionary<string, string> Council(string name, string description, string email) => new()
    {
        ["Input.Name"] = name,
        ["Input.Description"] = description,
        ["Input.UnitId"] = "",
        ["Input.ContactEmail"] = email,
    };

    private static string Unique(string text) => $"{text} {Guid.NewGuid():N}"[..(text.Length + 9)];
}
