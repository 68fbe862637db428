using System.Net;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.Web.Relatives;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>
/// What the relative's pages really show over HTTP, for random histories at a random moment, compared with the
/// reference model: the page answers 404 exactly when there is no active relation, and otherwise shows exactly the
/// allowed topics and exactly the updates they disclose, with updates published all through the history; and the
/// messages page lists exactly the threads, and the calendar exactly the meetings, the model lets the relative read.
/// </summary>
public class ConsentPagesModelTests
{
    private const int Histories = 120;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_citizen_page_shows_exactly_what_the_reference_model_allows(string provider)
    {
        // Password hashing is not what this test is about; one iteration keeps 240 sign-ins fast.
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false,
            services: s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1));
        var pages = 0;

        var property = Prop.ForAll(HistoryGenerators.Histories.ToArbitrary(), history =>
        {
            var problems = Task.Run(() => ProblemsAsync(factory, history)).GetAwaiter().GetResult();
            Interlocked.Add(ref pages, 2);
            return problems.Count == 0 ? true : throw new InvalidOperationException(string.Join("\n", problems));
        });
        await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(Histories).WithEndSize(20), property));

        Assert.Equal(Histories * 2, pages);
    }

    private static async Task<List<string>> ProblemsAsync(PortalFactory factory, History generated)
    {
        // The page is asked at the moment of the question, so the database holds what was recorded by then.
        var question = generated.Questions[0];
        var history = generated.KnownAt(question.At);
        StoredHistory stored;
        string email;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            stored = await StoredHistory.StoreAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), history);
            email = await CreateRelativeUserAsync(scope.ServiceProvider, stored.People[question.Person]);
        }

        factory.Clock.Advance(StoredHistory.At(question.At) - factory.Clock.GetUtcNow().UtcDateTime);
        using var client = await factory.SignInAsAsync(email, TestUsers.Password);
        var problems = await StartPageProblemsAsync(client, stored, history, question);
        for (var citizen = 0; citizen < 2; citizen++)
        {
            using var response = await client.GetAsync(new Uri($"/Relatives/Citizen/{stored.Citizens[citizen]}", UriKind.Relative));
            var expectPage = ReferenceModel.HasActiveRelation(history, question.Person, citizen, question.At);
            if ((response.StatusCode == HttpStatusCode.OK) != expectPage)
            {
                problems.Add($"citizen {citizen} at {question.At}: {(int)response.StatusCode}, model page={expectPage}; {history}");
                continue;
            }

            if (!expectPage)
            {
                continue;
            }

            var page = await HtmlForms.ParseAsync(response);
            // The first page lists the newest ten disclosed updates: exactly the model's when there are at most ten.
            problems.AddRange(ShownProblems($"citizen {citizen} at {question.At}: page", page, page.QuerySelectorAll("[data-relative-view] article h3"),
                RelativeCitizenView.PageSize, history, question, citizen));

            var messages = await client.GetDocumentAsync($"/Relatives/Citizen/{stored.Citizens[citizen]}/Messages");
            var threads = messages.QuerySelectorAll("[data-thread]").Select(t => t.GetAttribute("data-thread")!).ToHashSet();
            var expectedThreads = ReferenceModel.VisibleThreads(history, question.Person, citizen, question.At)
                .Select(i => stored.Threads[i].ToString()).ToHashSet();
            if (!threads.SetEquals(expectedThreads))
            {
                problems.Add($"citizen {citizen} at {question.At}: messages list [{string.Join(",", threads)}], model [{string.Join(",", expectedThreads)}]; {history}");
            }

            var calendar = await client.GetDocumentAsync($"/Relatives/Citizen/{stored.Citizens[citizen]}/Calendar");
            var meetings = calendar.QuerySelectorAll("[data-meeting]").Select(m => m.GetAttribute("data-meeting")!).ToHashSet();
            var expectedMeetings = ReferenceModel.VisibleMeetings(history, question.Person, citizen, question.At)
                .Select(i => stored.Meetings[i].ToString()).ToHashSet();
            if (!meetings.SetEquals(expectedMeetings))
            {
                problems.Add($"citizen {citizen} at {question.At}: calendar lists meetings [{string.Join(",", meetings)}], model [{string.Join(",", expectedMeetings)}]; {history}");
            }
        }

        return problems;
    }

    /// <summary>
    /// The start page has a card exactly for each citizen with an active relation, naming exactly the allowed topics and
    /// the newest of the disclosed updates (all of them when there are no more than it shows).
    /// </summary>
    private static async Task<List<string>> StartPageProblemsAsync(HttpClient client, StoredHistory stored, History history, Question question)
    {
        var problems = new List<string>();
        var start = await client.GetDocumentAsync("/Relatives");
        for (var citizen = 0; citizen < 2; citizen++)
        {
            var card = start.QuerySelector($"[data-citizen='{stored.Citizens[citizen]}']");
            var expectCard = ReferenceModel.HasActiveRelation(history, question.Person, citizen, question.At);
            if ((card is not null) != expectCard)
            {
                problems.Add($"start page, citizen {citizen} at {question.At}: card={card is not null}, model={expectCard}; {history}");
            }

            if (card is null || !expectCard)
            {
                continue;
            }

            problems.AddRange(ShownProblems($"start page, citizen {citizen} at {question.At}:", card, card.QuerySelectorAll("[data-update] strong"),
                StartPageRows.NewestUpdates, history, question, citizen));
        }

        return problems;
    }

    /// <summary>
    /// Whether a page or card names exactly the model's allowed topics, and lists the newest of the disclosed updates
    /// (<paramref name="titles"/>): exactly the model's when there are no more than <paramref name="listed"/>.
    /// </summary>
    private static IEnumerable<string> ShownProblems(
        string where, AngleSharp.Dom.IParentNode shownIn, IEnumerable<AngleSharp.Dom.IElement> titles, int listed, History history, Question question, int citizen)
    {
        var shown = (shownIn.QuerySelector("[data-allowed-topics]")?.GetAttribute("data-allowed-topics") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var expected = ReferenceModel.AllowedTopics(history, question.Person, citizen, question.At).Select(t => t.ToString()).ToHashSet();
        if (!shown.SetEquals(expected))
        {
            yield return $"{where} shows [{string.Join(",", shown)}], model [{string.Join(",", expected)}]; {history}";
        }

        var listedTitles = titles.Select(t => t.TextContent.Trim()).ToList();
        var expectedTitles = ReferenceModel.VisibleUpdates(history, question.Person, citizen, question.At)
            .Select(i => StoredHistory.UpdateTitle(history.Updates[i])).ToList();
        var fits = expectedTitles.Count <= listed
            ? listedTitles.Order().SequenceEqual(expectedTitles.Order())
            : listedTitles.Count == listed && listedTitles.All(expectedTitles.Contains);
        if (!fits)
        {
            yield return $"{where} lists [{string.Join(",", listedTitles)}], model [{string.Join(",", expectedTitles)}]; {history}";
        }
    }

    private static async Task<string> CreateRelativeUserAsync(IServiceProvider services, Guid personId)
    {
        var email = $"rel-{Guid.NewGuid():N}@test.example";
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test", PersonId = personId };
        var result = await users.CreateAsync(user, TestUsers.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        await users.AddToRoleAsync(user, PortalRoles.Relative);
        return email;
    }
}
