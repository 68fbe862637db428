using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Demo;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.Tenancy;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Feedback;

/// <summary>
/// Issue #14 part 1 (docs/adr/0037): relatives rate the cooperation on fixed themes, staff answer and close, and the
/// figures reach staff, administrators and the CSV with small numbers suppressed and anonymous answers anonymous.
/// </summary>
public class SystematicFeedbackTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static Dictionary<string, string> Ratings(int information, int listenedTo, int involvement, int staffContact, string text) => new()
    {
        ["Input.Information"] = information.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.ListenedTo"] = listenedTo.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Involvement"] = involvement.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.StaffContact"] = staffContact.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Text"] = text,
    };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relative_rates_the_themes_staff_answer_and_the_relative_reads_the_answer(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Vurdera");
        using var vurdera = await factory.SignInAsync(relative);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var text = $"Gode samtaler {Guid.NewGuid():N}";

        using var sent = await vurdera.SubmitAsync(await vurdera.GetDocumentAsync($"{relative.CitizenPage}/Feedback"), Ratings(4, 5, 2, 3, text));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var stored = await factory.WithDbAsync(db => db.UnitFeedback.SingleAsync(f => f.Text == text));
        Assert.Equal((4, 5, 2, 3), (stored.InformationRating, stored.ListenedToRating, stored.InvolvementRating, stored.StaffContactRating));
        var requests = await sofie.GetDocumentAsync("/Staff/Requests");
        var card = requests.QuerySelectorAll("[data-feedback]").Single(f => f.TextContent.Contains(text, StringComparison.Ordinal));
        Assert.Contains("Inddragelse: dårligt (2 af 5)", card.QuerySelector("[data-ratings]")!.TextContent, StringComparison.Ordinal);

        var answer = $"Tak, vi ringer og aftaler et møde {Guid.NewGuid():N}";
        using var closed = await sofie.SubmitAsync(requests, new Dictionary<string, string> { ["answer"] = answer }, $"#{card.Id} form");

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(answer, (await factory.WithDbAsync(db => db.UnitFeedback.SingleAsync(f => f.Text == text))).Answer);
        var earlier = (await vurdera.GetDocumentAsync($"{relative.CitizenPage}/Feedback")).QuerySelector($"[data-earlier-feedback='{stored.Id}']")!;
        Assert.Contains(answer, earlier.QuerySelector("[data-answer]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Meget godt", earlier.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Feedback_without_a_rating_or_a_text_is_refused_and_keeps_what_was_chosen(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Tomma");
        using var tomma = await factory.SignInAsync(relative);
        var before = await factory.CountAsync(db => db.UnitFeedback);

        using var response = await tomma.SubmitAsync(await tomma.GetDocumentAsync($"{relative.CitizenPage}/Feedback"),
            new Dictionary<string, string> { ["Input.Text"] = " ", ["Input.Anonymous"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("Giv mindst ét emne en karakter", page.QuerySelector(".alert-error, .form-error-message")!.TextContent, StringComparison.Ordinal);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_Anonymous")!).IsChecked);
        Assert.Equal(before, await factory.CountAsync(db => db.UnitFeedback));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Four_answers_show_no_figure_on_the_page_or_in_the_csv_and_five_do(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (unitId, unitName) = await NewHvidovreUnitAsync(factory, "Bostedet Fire");
        await AddAnswersAsync(factory, unitId, 4, rating: 2);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);

        var page = await admin.GetDocumentAsync($"/Admin/Feedback/Units/{unitId}");
        var csv = await CsvLinesAsync(admin, $"/Admin/Feedback/Export?unitId={unitId}");

        Assert.Equal("true", page.QuerySelector("[data-feedback-report]")!.GetAttribute("data-suppressed"));
        Assert.Equal("For få svar til at vise et tal", page.QuerySelector("[data-figure='answers']")!.TextContent.Trim());
        Assert.All(page.QuerySelectorAll("[data-table] td"), cell => Assert.Equal("For få svar", cell.TextContent.Trim()));
        Assert.Empty(page.QuerySelectorAll("[data-chart] rect, [data-chart] circle"));
        Assert.All(csv.Skip(1).SelectMany(l => l.Split(';').Skip(2)), cell => Assert.True(cell is FeedbackCsv.TooFewAnswers or "", cell));
        var municipality = (await admin.GetDocumentAsync("/Admin/Feedback")).QuerySelector($"[data-unit='{unitId}']")!;
        Assert.All(municipality.QuerySelectorAll("td"), cell => Assert.Equal("For få svar", cell.TextContent.Trim()));

        await AddAnswersAsync(factory, unitId, 1, rating: 2);
        page = await admin.GetDocumentAsync($"/Admin/Feedback/Units/{unitId}");
        csv = await CsvLinesAsync(admin, $"/Admin/Feedback/Export?unitId={unitId}");

        Assert.Equal("5", page.QuerySelector("[data-figure='answers']")!.TextContent.Trim());
        Assert.Equal("2,0", page.QuerySelector("[data-table='themes'] tr[data-theme='Information'] td")!.TextContent.Trim());
        Assert.Equal(4, page.QuerySelectorAll("[data-chart='themes'] rect").Length);
        Assert.Equal($"{unitName};12 måneder;5;2,0;2,0;2,0;2,0;2,0;5;For få svar", csv[1]);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Anonymous_feedback_shows_no_name_anywhere_and_no_free_text_leaves_in_the_csv(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Skjulta");
        using var skjulta = await factory.SignInAsync(relative);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var text = $"Anonym ros {Guid.NewGuid():N}";
        var form = Ratings(5, 5, 5, 5, text);
        form["Input.Anonymous"] = "true";

        using var _ = await skjulta.SubmitAsync(await skjulta.GetDocumentAsync($"{relative.CitizenPage}/Feedback"), form);

        var stored = await factory.WithDbAsync(db => db.UnitFeedback.SingleAsync(f => f.Text == text));
        Assert.Null(stored.PersonId);
        Assert.Null(stored.CitizenId);
        Assert.Equal(5, stored.StaffContactRating);
        var card = (await sofie.GetDocumentAsync("/Staff/Requests")).QuerySelectorAll("[data-feedback]")
            .Single(f => f.TextContent.Contains(text, StringComparison.Ordinal));
        Assert.DoesNotContain("Skjulta", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Inger", card.TextContent, StringComparison.Ordinal);
        Assert.Empty((await skjulta.GetDocumentAsync($"{relative.CitizenPage}/Feedback")).QuerySelectorAll($"[data-earlier-feedback='{stored.Id}']"));

        foreach (var (client, url) in new[]
        {
            (sofie, "/Staff/FeedbackOverview"), (admin, "/Admin/Feedback"), (admin, $"/Admin/Feedback/Units/{stored.UnitId}"),
        })
        {
            var body = await client.GetStringAsync(new Uri(url, UriKind.Relative));
            Assert.DoesNotContain(text, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Skjulta", body, StringComparison.Ordinal);
        }

        var csv = string.Join("\n", await CsvLinesAsync(admin, "/Admin/Feedback/Export"));
        Assert.DoesNotContain(text, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Skjulta", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Inger", csv, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_csv_is_for_danish_excel_covers_every_unit_and_is_written_to_the_audit_log(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var before = await factory.CountAsync(db => db.AdminAuditEntries.Where(e => e.Action == AdminAuditAction.Exported));

        using var response = await admin.GetAsync(new Uri("/Admin/Feedback/Export", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("feedback-hvidovre-alle-", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Enhed;Periode;Antal svar;Information;Lyttet til;Inddragelse;Kontakten med personalet;Alle temaer;Åbne;Median dage til svar", lines[0]);
        var units = await factory.WithDbAsync(db => db.Units.Where(u => u.Municipality!.Slug == "hvidovre").Select(u => u.Name).ToListAsync());
        Assert.Equal((units.Count + 1) * (1 + FeedbackReport.MonthsShown), lines.Length - 1);
        Assert.StartsWith("Hvidovre", lines[1], StringComparison.Ordinal);
        var entry = await factory.WithDbAsync(db => db.AdminAuditEntries.Where(e => e.Action == AdminAuditAction.Exported)
            .OrderByDescending(e => e.OccurredAtUtc).FirstAsync());
        Assert.Equal(before + 1, await factory.CountAsync(db => db.AdminAuditEntries.Where(e => e.Action == AdminAuditAction.Exported)));
        Assert.Equal(AdminEntityType.FeedbackReport, entry.EntityType);
        Assert.Equal(await factory.UserIdAsync(DemoAccounts.Administrator), entry.ActorUserId);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_municipalitys_administrator_and_another_units_staff_see_nothing_of_a_unit(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var demoHome = await factory.UnitIdAsync(StaffWorld.DemoHome);
        var otherUnitStaff = await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit);
        using var ishoej = await factory.SignInAsAsync(DemoAccounts.IshoejAdministrator);
        using var other = await factory.SignInAsAsync(otherUnitStaff, TestUsers.Password);
        await AddAnswersAsync(factory, demoHome, 1, rating: 3);
        var feedbackId = await factory.WithDbAsync(db => db.UnitFeedback.Where(f => f.UnitId == demoHome && f.HandledAtUtc == null).Select(f => f.Id).FirstAsync());
        var before = await factory.CountAsync(db => db.AdminAuditEntries.Where(e => e.Action == AdminAuditAction.Exported));

        foreach (var url in new[] { $"/Admin/Feedback/Units/{demoHome}", $"/Admin/Feedback/Export?unitId={demoHome}" })
        {
            using var response = await ishoej.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.DoesNotContain(StaffWorld.DemoHome, await ishoej.GetStringAsync(new Uri("/Admin/Feedback", UriKind.Relative)), StringComparison.Ordinal);
        var overview = await other.GetDocumentAsync("/Staff/FeedbackOverview");
        Assert.Equal([StaffWorld.OtherHvidovreUnit], overview.QuerySelectorAll("[data-unit-report] h2").Select(h => h.TextContent.Trim()));
        using var handled = await other.PostAsync(new Uri($"/Staff/Requests?handler=FeedbackHandled&id={feedbackId}", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await other.TokenAsync("/Staff/Requests"), ["answer"] = "x" }));
        Assert.Equal(HttpStatusCode.NotFound, handled.StatusCode);
        Assert.Equal(before, await factory.CountAsync(db => db.AdminAuditEntries.Where(e => e.Action == AdminAuditAction.Exported)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task In_English_the_overviews_mark_the_units_Danish_names_as_Danish(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        foreach (var client in new[] { sofie, admin })
        {
            using var _ = await client.SubmitAsync(await client.GetDocumentAsync("/Information"), new Dictionary<string, string> { ["culture"] = "en" });
        }

        var staff = await sofie.GetDocumentAsync("/Staff/FeedbackOverview");
        var municipality = await admin.GetDocumentAsync("/Admin/Feedback");

        Assert.Equal("en", staff.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Feedback in figures", staff.QuerySelector("h1")!.TextContent.Trim());
        Assert.All(staff.QuerySelectorAll("[data-unit-report] h2"), h => Assert.Equal("da", h.GetAttribute("lang")));
        Assert.All(municipality.QuerySelectorAll("[data-table='units'] th a"), a => Assert.Equal("da", a.GetAttribute("lang")));
        Assert.NotEmpty(municipality.QuerySelectorAll("[data-table='units'] th a"));
    }

    private static async Task<(Guid Id, string Name)> NewHvidovreUnitAsync(PortalFactory factory, string name)
    {
        var unique = $"{name} {Guid.NewGuid().ToString("N")[..6]}";
        return await factory.WithDbAsync(async db =>
        {
            var unit = new Unit
            {
                Id = Guid.NewGuid(), Name = unique,
                MunicipalityId = await db.Municipalities.Where(m => m.Slug == "hvidovre").Select(m => m.Id).SingleAsync(),
            };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return (unit.Id, unique);
        });
    }

    private static Task<int> AddAnswersAsync(PortalFactory factory, Guid unitId, int count, int rating) =>
        factory.WithDbAsync(async db =>
        {
            var today = DateOnly.FromDateTime(Web.Localization.DanishTime.ToLocal(factory.Clock.GetUtcNow().UtcDateTime));
            for (var i = 0; i < count; i++)
            {
                db.UnitFeedback.Add(new UnitFeedback
                {
                    Id = Guid.NewGuid(), UnitId = unitId, Text = "", SubmittedOn = today, InformationRating = rating,
                    ListenedToRating = rating, InvolvementRating = rating, StaffContactRating = rating,
                });
            }

            return await db.SaveChangesAsync();
        });

    private static async Task<string[]> CsvLinesAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
