using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Consents;
using Paaroerende.IntegrationTests.CitizenArea;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Privacy;

/// <summary>
/// A new citizen (with a sign-in named after her) and one relative who follows daily life, is kept out of finances and
/// has no access to medicine, and who has left rows of their own through the pages: a check-in without a contact
/// request, one with a contact request, and named feedback to the unit. Every text is unique to the test.
/// </summary>
public sealed record PrivateRowsWorld(CitizenWorld World, string CitizenName, string PrivateCheckIn, string ContactCheckIn, string Feedback)
{
    public static async Task<PrivateRowsWorld> CreateAsync(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var world = await CitizenWorld.CreateAsync(factory,
            CitizenWorld.Consent(ConsentTopic.DailyLife, ConsentLevel.Informed),
            CitizenWorld.Consent(ConsentTopic.Finances, ConsentLevel.KeptOut),
            CitizenWorld.Consent(ConsentTopic.Medicine, ConsentLevel.None));
        var citizenName = await factory.WithDbAsync(async db =>
        {
            var citizen = await db.Citizens.SingleAsync(c => c.Id == world.CitizenId);
            var name = citizen.FirstName + " " + citizen.LastName;
            // As in the demo: the citizen's sign-in carries her name, so it shows wherever she is named as an actor.
            await db.Users.Where(u => u.Id == world.CitizenUserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, name));
            return name;
        });

        var unique = Guid.NewGuid().ToString("N")[..8];
        var rows = new PrivateRowsWorld(world, citizenName, $"Kun til mig selv {unique}", $"Ring gerne til mig {unique}", $"Ros til personalet {unique}");
        using var relative = await world.SignInAsRelativeAsync(factory);
        var page = $"/Relatives/Citizen/{world.CitizenId}";
        var quiet = CheckInTests.Answers(wantsContact: false);
        quiet["Input.Comment"] = rows.PrivateCheckIn;
        using (await relative.SubmitAsync(await relative.GetDocumentAsync($"{page}/CheckIn"), quiet))
        {
        }

        var asking = CheckInTests.Answers(wantsContact: true);
        asking["Input.Comment"] = rows.ContactCheckIn;
        using (await relative.SubmitAsync(await relative.GetDocumentAsync($"{page}/CheckIn"), asking))
        {
        }

        using (await relative.SubmitAsync(await relative.GetDocumentAsync($"{page}/Feedback"),
                   new Dictionary<string, string> { ["Input.Text"] = rows.Feedback }))
        {
        }

        Assert.Equal(2, await factory.CountAsync(db => db.WellbeingCheckIns.Where(c => c.RelationId == world.RelationId)));
        Assert.Equal(1, await factory.CountAsync(db => db.UnitFeedback.Where(f => f.PersonId == world.PersonId)));
        return rows;
    }

    /// <summary>The citizen changes her own consent line, as on her relation page.</summary>
    public async Task CitizenSetsAsync(PortalFactory factory, ConsentTopic topic, ConsentLevel level)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var consents = scope.ServiceProvider.GetRequiredService<CitizenConsents>();
        await consents.RecordAsync(World.CitizenUserId, World.CitizenId, World.RelationId, [new CitizenTopicChoice(topic, level)]);
    }

    /// <summary>The citizen ends the relation, as on her relation page.</summary>
    public async Task CitizenEndsTheRelationAsync(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CitizenConsents>().EndRelationAsync(World.CitizenUserId, World.CitizenId, World.RelationId);
    }

    public static async Task<(JsonElement Json, string Text)> DownloadAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        return (json.RootElement.Clone(), text);
    }

    public static IReadOnlyList<JsonElement> Rows(JsonElement export, string table) =>
        [.. export.GetProperty("tables").GetProperty(table).EnumerateArray()];
}

public static class SecondPersonRecords
{
    /// <summary>
    /// A second person record behind the relative's sign-in, nominated for another citizen (as when a relative accepts an
    /// invitation from a second municipality: one sign-in, a person record per municipality).
    /// </summary>
    public static async Task<(Guid PersonId, Guid RelationId)> AddSecondPersonRecordAsync(
        this PortalFactory factory, TestRelative relative, Guid citizenId, params (ConsentTopic Topic, ConsentLevel Level)[] consents)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(relative);
        var now = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        return await factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.PersonId == relative.PersonId).Select(u => u.Id).SingleAsync();
            var person = new Core.Relatives.Person { Id = Guid.NewGuid(), FirstName = relative.FirstName, LastName = "Pårørendesen", UserId = userId };
            var relation = new Core.Relatives.Relation
            {
                Id = Guid.NewGuid(), CitizenId = citizenId, PersonId = person.Id, Kind = Core.Relatives.RelationKind.Other,
                NominationMethod = Core.Relatives.HowGiven.Written, RecordedAtUtc = now, RecordedByUserId = "test",
            };
            db.AddRange(person, relation);
            foreach (var (topic, level) in consents)
            {
                db.ConsentRecords.Add(new ConsentRecord
                {
                    Id = Guid.NewGuid(), RelationId = relation.Id, Topic = topic, Level = level, Basis = ConsentBasis.CitizenConsent,
                    GivenHow = Core.Relatives.HowGiven.Oral, ValidFromUtc = now, RecordedAtUtc = now, RecordedByUserId = "test",
                });
            }

            await db.SaveChangesAsync();
            return (person.Id, relation.Id);
        });
    }
}
