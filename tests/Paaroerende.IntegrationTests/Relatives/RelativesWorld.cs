using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>A relative of the test's own, with a sign-in: who they are and how to act as them.</summary>
public sealed record TestRelative(Guid CitizenId, Guid RelationId, Guid PersonId, string Email, string FirstName)
{
    public string CitizenPage => $"/Relatives/Citizen/{CitizenId}";
}

public static class RelativesWorld
{
    /// <summary>A new person nominated as the citizen's relative today, with a relative's sign-in.</summary>
    public static async Task<TestRelative> AddSignedUpRelativeAsync(
        this PortalFactory factory, Guid citizenId, string firstName, bool minor = false,
        params (ConsentTopic Topic, ConsentLevel Level)[] consents)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        var (relationId, personId) = await factory.WithDbAsync(async db =>
        {
            var person = new Person { Id = Guid.NewGuid(), FirstName = firstName, LastName = "Pårørendesen" };
            var relation = new Relation
            {
                Id = Guid.NewGuid(), CitizenId = citizenId, PersonId = person.Id, Kind = RelationKind.Child,
                RelativeIsMinor = minor, NominationMethod = HowGiven.Written, RecordedAtUtc = now, RecordedByUserId = "test",
            };
            db.People.Add(person);
            db.Relations.Add(relation);
            foreach (var (topic, level) in consents)
            {
                db.ConsentRecords.Add(new ConsentRecord
                {
                    Id = Guid.NewGuid(), RelationId = relation.Id, Topic = topic, Level = level,
                    Basis = ConsentBasis.CitizenConsent, GivenHow = HowGiven.Oral, ValidFromUtc = now, RecordedAtUtc = now,
                    RecordedByUserId = "test",
                });
            }

            await db.SaveChangesAsync();
            return (relation.Id, person.Id);
        });
        var email = await factory.CreateRelativeSignInAsync(personId);
        return new TestRelative(citizenId, relationId, personId, email, firstName);
    }

    public static Task<HttpClient> SignInAsync(this PortalFactory factory, TestRelative relative) =>
        factory.SignInAsAsync(relative.Email, TestUsers.Password);

    public static async Task<T> InScopeAsync<T>(this PortalFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static Task<int> CountAsync<T>(this PortalFactory factory, Func<PortalDbContext, IQueryable<T>> query) =>
        factory.WithDbAsync(db => query(db).CountAsync());

    public static string Text(this IHtmlDocument page) => page.Body!.TextContent;
}
