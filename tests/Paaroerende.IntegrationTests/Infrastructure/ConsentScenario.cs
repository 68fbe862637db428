using Paaroerende.Core.Citizens;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Tenancy;
using Paaroerende.Core.Updates;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// Builds consent histories straight into a real database, with the recorded times a test chooses.
/// Every id is new, so scenarios never see each other's rows.
/// </summary>
public sealed class ConsentScenario(PortalDbContext db)
{
    public static readonly DateTime T0 = new(2026, 3, 3, 14, 0, 0, DateTimeKind.Utc);

    public Guid UnitId { get; private set; }

    public async Task<ConsentScenario> WithUnitAsync()
    {
        var municipality = new Municipality { Id = Guid.NewGuid(), Slug = $"m{Guid.NewGuid():N}"[..20], Name = "Testkommune" };
        var unit = new Unit { Id = Guid.NewGuid(), MunicipalityId = municipality.Id, Name = "Testcentret", Type = UnitType.NursingHome };
        db.Municipalities.Add(municipality);
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        UnitId = unit.Id;
        return this;
    }

    public Guid Citizen(string firstName = "Inger")
    {
        var municipalityId = db.Units.Local.Single(u => u.Id == UnitId).MunicipalityId;
        var citizen = new Citizen
        {
            Id = Guid.NewGuid(), MunicipalityId = municipalityId, UnitId = UnitId,
            FirstName = firstName, LastName = "Prøvesen", BirthDate = new DateOnly(1940, 1, 1),
        };
        db.Citizens.Add(citizen);
        return citizen.Id;
    }

    public Guid Person(string firstName = "Mette")
    {
        var person = new Person { Id = Guid.NewGuid(), FirstName = firstName, LastName = "Testrup" };
        db.People.Add(person);
        return person.Id;
    }

    public Guid Relation(Guid citizenId, Guid personId, DateTime recordedAt, DateTime? endedAt = null)
    {
        var relation = new Relation
        {
            Id = Guid.NewGuid(), CitizenId = citizenId, PersonId = personId, Kind = RelationKind.Child,
            NominationMethod = HowGiven.Written, RecordedAtUtc = recordedAt, RecordedByUserId = "test",
            EndedAtUtc = endedAt, EndedBy = endedAt is null ? null : RelationEndedBy.Citizen,
        };
        db.Relations.Add(relation);
        return relation.Id;
    }

    public void Consent(
        Guid relationId, ConsentTopic topic, ConsentLevel level, DateTime recordedAt,
        DateTime? validFrom = null, DateTime? validUntil = null, ConsentBasis basis = ConsentBasis.CitizenConsent,
        DateTime? disclosesFrom = null)
    {
        db.ConsentRecords.Add(new ConsentRecord
        {
            Id = Guid.NewGuid(), RelationId = relationId, Topic = topic, Level = level, Basis = basis,
            GivenHow = HowGiven.Oral, ValidFromUtc = validFrom ?? recordedAt, ValidUntilUtc = validUntil,
            RecordedAtUtc = recordedAt, RecordedByUserId = "test", DisclosesFromUtc = disclosesFrom,
        });
    }

    /// <summary>An update; a withdrawn one as staff leave it (ADR 0034), taken back a moment after it was published.</summary>
    public Guid Update(Guid citizenId, ConsentTopic topic, DateTime publishedAt, string title = "Opdatering", bool withdrawn = false)
    {
        var update = new CitizenUpdate
        {
            Id = Guid.NewGuid(), CitizenId = citizenId, Topic = topic, Title = title, Body = "Tekst",
            PublishedAtUtc = publishedAt, AuthorUserId = "test", WithdrawnAtUtc = withdrawn ? publishedAt.AddMinutes(1) : null,
        };
        db.CitizenUpdates.Add(update);
        return update.Id;
    }

    /// <summary>A relative's thread with one message, started when the relation was recorded.</summary>
    public Guid Thread(Guid relationId, Guid citizenId, Guid personId, ConsentTopic? topic, DateTime startedAt)
    {
        var thread = new Core.Messages.MessageThread
        {
            Id = Guid.NewGuid(), CitizenId = citizenId, PersonId = personId, RelationId = relationId, Topic = topic,
            Subject = $"Tråd {topic?.ToString() ?? "generel"}", StartedAtUtc = startedAt, StartedByUserId = "test",
        };
        db.MessageThreads.Add(thread);
        db.Messages.Add(new Core.Messages.Message
        {
            Id = Guid.NewGuid(), ThreadId = thread.Id, From = Core.Messages.MessageSide.Relative, AuthorUserId = "test",
            Body = "Hej", SentAtUtc = startedAt,
        });
        return thread.Id;
    }

    public Guid Meeting(Guid relationId, Guid citizenId, Guid personId, ConsentTopic? topic, DateTime startsAt, bool cancelled)
    {
        var meeting = new Core.Calendar.CitizenMeeting
        {
            Id = Guid.NewGuid(), CitizenId = citizenId, Kind = Core.Calendar.MeetingKind.Status, Topic = topic, Place = "Mødelokalet",
            Note = "", StartsAtUtc = startsAt, EndsAtUtc = startsAt.AddHours(1), CreatedAtUtc = T0, CreatedByUserId = "test",
            CancelledAtUtc = cancelled ? T0 : null,
        };
        db.CitizenMeetings.Add(meeting);
        db.MeetingInvitations.Add(new Core.Calendar.MeetingInvitation { MeetingId = meeting.Id, PersonId = personId, RelationId = relationId });
        return meeting.Id;
    }

    public Task SaveAsync() => db.SaveChangesAsync();
}
