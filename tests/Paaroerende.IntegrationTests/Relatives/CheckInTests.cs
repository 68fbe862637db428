using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>
/// "Hvordan har du det?": a request to be contacted becomes a task for the staff of the citizen's unit — and only for
/// them — which they mark handled; afterwards the relative sees the municipality's offers for relatives.
/// </summary>
public class CheckInTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_check_in_asking_for_contact_becomes_a_task_only_for_staff_of_the_citizens_unit(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Kamma");
        using var kamma = await factory.SignInAsync(relative);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var otherUnitsStaff = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit), TestUsers.Password);

        using var sent = await kamma.SubmitAsync(await kamma.GetDocumentAsync($"{relative.CitizenPage}/CheckIn"), Answers(wantsContact: true));
        Assert.Equal($"{relative.CitizenPage}/CheckIn/Thanks", sent.Headers.Location!.PathAndQueryOrOriginal());
        var thanks = await kamma.GetDocumentAsync(sent.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Equal("true", thanks.QuerySelector("[data-contact-requested]")!.GetAttribute("data-contact-requested"));

        var requests = await sofie.GetDocumentAsync("/Staff/Requests");
        var task = requests.QuerySelectorAll("[data-contact-request]").Single(t => t.TextContent.Contains("Kamma Pårørendesen", StringComparison.Ordinal));
        Assert.Contains("Ring efter kl. 16", task.TextContent, StringComparison.Ordinal);
        Assert.Contains("dårligt (2 af 5)", task.TextContent, StringComparison.Ordinal);
        Assert.Equal("false", task.GetAttribute("data-handled"));
        var taskId = task.GetAttribute("data-contact-request")!;
        var thread = await factory.WithDbAsync(db => db.MessageThreads.SingleAsync(t => t.CheckInId == Guid.Parse(taskId)));
        Assert.Null(thread.Topic);
        Assert.Equal($"/Staff/Citizens/{inger}/Messages/{thread.Id}", task.QuerySelector("[data-contact-thread]")!.GetAttribute("href"));
        Assert.NotNull(thanks.QuerySelector("[data-follow-request]"));
        var followed = await kamma.GetDocumentAsync($"{relative.CitizenPage}/Messages/{thread.Id}");
        Assert.Contains("Ring efter kl. 16", followed.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Kamma", (await otherUnitsStaff.GetDocumentAsync("/Staff/Requests")).Text(), StringComparison.Ordinal);

        var strangersView = await otherUnitsStaff.GetDocumentAsync("/Staff/Requests");
        using var strangerMarks = await otherUnitsStaff.PostAsync(
            new Uri($"/Staff/Requests?handler=ContactHandled&id={taskId}", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(strangersView) }));
        Assert.Equal(HttpStatusCode.NotFound, strangerMarks.StatusCode);

        using var marked = await sofie.SubmitAsync(requests, new Dictionary<string, string>(), $"#contact-{Guid.Parse(taskId):N} form");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var after = (await sofie.GetDocumentAsync("/Staff/Requests")).QuerySelector($"[data-contact-request='{taskId}']")!;
        Assert.Equal("true", after.GetAttribute("data-handled"));
        Assert.Contains("Sofie Medarbejder", after.TextContent, StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.WellbeingCheckIns.SingleAsync(c => c.Id == Guid.Parse(taskId)));
        Assert.Equal(await factory.UserIdAsync(DemoAccounts.Staff), stored.HandledByUserId);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, stored.HandledAtUtc!.Value, TimeSpan.FromMilliseconds(1));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_check_in_without_a_contact_request_is_kept_from_staff(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Laurits");
        using var laurits = await factory.SignInAsync(relative);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);

        using var sent = await laurits.SubmitAsync(await laurits.GetDocumentAsync($"{relative.CitizenPage}/CheckIn"), Answers(wantsContact: false));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(1, await factory.CountAsync(db => db.WellbeingCheckIns.Where(c => c.RelationId == relative.RelationId)));
        Assert.DoesNotContain("Laurits", (await sofie.GetDocumentAsync("/Staff/Requests")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task After_a_check_in_the_relative_sees_the_municipalitys_offers_for_relatives(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen");
        var relative = await factory.AddSignedUpRelativeAsync(bent, "Magda");
        using var magda = await factory.SignInAsync(relative);

        using var sent = await magda.SubmitAsync(await magda.GetDocumentAsync($"{relative.CitizenPage}/CheckIn"), Answers(wantsContact: false));
        var thanks = await magda.GetDocumentAsync(sent.Headers.Location!.PathAndQueryOrOriginal());

        var kinds = thanks.QuerySelectorAll("[data-offer-kind]").Select(o => o.GetAttribute("data-offer-kind")).ToList();
        Assert.Equal("Respite", kinds[0]);
        Assert.Contains("SupportGroup", kinds);
        Assert.Contains("Ishøj", thanks.QuerySelector("#offers-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Null(thanks.QuerySelector("[data-minor]"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relative_under_18_is_gently_told_not_to_carry_the_responsibility_alone(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Ida", minor: true);
        using var ida = await factory.SignInAsync(relative);

        var form = await ida.GetDocumentAsync($"{relative.CitizenPage}/CheckIn");
        using var sent = await ida.SubmitAsync(form, Answers(wantsContact: false));
        var thanks = await ida.GetDocumentAsync(sent.Headers.Location!.PathAndQueryOrOriginal());

        Assert.Contains("116 111", form.QuerySelector("[data-minor]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("116 111", thanks.QuerySelector("[data-minor]")!.TextContent, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string> Answers(bool wantsContact) => new()
    {
        ["Input.Wellbeing"] = "2",
        ["Input.EnoughRest"] = "No",
        ["Input.EnoughSupport"] = "Partly",
        ["Input.Comment"] = "Det er hårdt for tiden.",
        ["Input.WantsContact"] = wantsContact ? "true" : "false",
        ["Input.ContactHow"] = "Ring efter kl. 16 på 12 34 56 78",
    };

    private static string Token(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
