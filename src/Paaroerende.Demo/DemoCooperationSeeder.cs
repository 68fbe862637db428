using Paaroerende.Core;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Messages;
using Paaroerende.Core.Updates;

namespace Paaroerende.Demo;

/// <summary>
/// The demo's cooperation between units and relatives: an expectation agreement for Mette about Inger, waiting to be
/// acknowledged, a conversation between Mette and Inger's nursing home, and news from the two demo nursing homes, a julefrokost and a statusmøde. Each part is added only where it is missing, so a database
/// seeded before these parts existed gets them on the next start.
/// </summary>
internal sealed class DemoCooperationSeeder(PortalDbContext db, TimeProvider clock)
{
    public async Task SeedAsync()
    {
        // Addresses as variables, not constants: EF sends variables as parameters, which the log never shows.
        var staffEmail = DemoAccounts.Staff;
        var staffId = await db.Users.Where(u => u.Email == staffEmail).Select(u => u.Id).SingleAsync();
        var now = Instant.Now(clock);
        await AddAgreementAsync(staffId, now);
        await AddConversationAsync(staffId, now);
        await AddNewsAsync("Plejecenter Demohaven", staffId, now,
            ("Julefrokost for beboere og pårørende", 26,
                "I december holder vi julefrokost i fælleshuset kl. 12.00. Pårørende er meget velkomne. Sig til personalet en uge før, hvis du kommer, så vi har mad nok."),
            ("Længere besøgstid i weekenden", 74,
                "Fra næste måned kan I besøge jeres pårørende fra kl. 9.00 lørdag og søndag. Ring gerne i forvejen ved større besøg."),
            // Five or more, so the citizen's page links to all of the unit's news, as a unit that has used the portal for a while.
            ("Ny sygeplejerske i afdelingen", 24 * 9,
                "Vi byder velkommen til Hanne, som er ny sygeplejerske i dagvagten. I møder hende ved medicin og sårpleje."),
            ("Influenzavaccination", 24 * 16,
                "Beboerne kan blive vaccineret mod influenza i næste uge. Personalet taler med den enkelte og med de pårørende, der hjælper med at beslutte."),
            ("Pårørendemøde om hverdagen på plejecentret", 24 * 30,
                "Tak til alle, der kom til pårørendemødet. Vi talte om måltider, aktiviteter og om, hvordan I helst vil have besked, når noget ændrer sig."));
        await AddNewsAsync("Plejecenter Testrupparken", staffId, now,
            ("Banko i caféen", 30, "Hver torsdag kl. 14.00 spiller vi banko i caféen. Pårørende må gerne være med."));
        await AddCalendarAsync(staffId, now);
        await db.SaveChangesAsync();
    }

    private async Task AddAgreementAsync(string staffId, DateTime now)
    {
        var relativeEmail = DemoAccounts.Relative;
        var relationId = await db.Relations
            .Where(r => r.Person!.Email == relativeEmail && r.Citizen!.FirstName == "Inger" && r.Citizen.LastName == "Prøvesen")
            .Select(r => r.Id).SingleOrDefaultAsync();
        if (relationId == Guid.Empty || await db.ExpectationAgreements.AnyAsync(a => a.RelationId == relationId))
        {
            return;
        }

        db.ExpectationAgreements.Add(new ExpectationAgreement
        {
            Id = Guid.NewGuid(),
            RelationId = relationId,
            Version = 1,
            RelativeDoes = "Mette besøger Inger hver søndag og tager hende med på en gåtur, når vejret er til det. "
                + "Mette følger Inger til øjenlæge og tandlæge og holder styr på hendes tøj.",
            MunicipalityDoes = "Personalet står for al personlig pleje, medicin, måltider og rengøring. Personalet bestiller "
                + "tider hos læge og tandlæge og giver Mette besked i portalen.",
            HowWeTalk = "Kontaktpersonen ringer til Mette hver anden uge. Vi holder et møde hvert halve år og ellers efter behov.",
            ContactPerson = "Sofie Medarbejder, social- og sundhedsassistent, telefon 70 00 00 00 (demo)",
            NextReviewOn = DateOnly.FromDateTime(now.AddMonths(6)),
            RecordedAtUtc = now.AddDays(-2),
            RecordedByUserId = staffId,
        });
    }

    /// <summary>Mette has asked about Inger's dentist (a topic she follows), and Sofie has read it and answered.</summary>
    private async Task AddConversationAsync(string staffId, DateTime now)
    {
        var relativeEmail = DemoAccounts.Relative;
        var relation = await db.Relations
            .Where(r => r.Person!.Email == relativeEmail && r.Citizen!.FirstName == "Inger" && r.Citizen.LastName == "Prøvesen")
            .Select(r => new { r.Id, r.PersonId, r.CitizenId, UserId = db.Users.Where(u => u.Email == relativeEmail).Select(u => u.Id).First() })
            .SingleOrDefaultAsync();
        if (relation is null || await db.MessageThreads.AnyAsync(t => t.RelationId == relation.Id))
        {
            return;
        }

        var threadId = Guid.NewGuid();
        db.MessageThreads.Add(new MessageThread
        {
            Id = threadId, CitizenId = relation.CitizenId, PersonId = relation.PersonId, RelationId = relation.Id,
            Topic = ConsentTopic.AppointmentsAndVisits, Subject = "Tid hos tandlægen", StartedAtUtc = now.AddHours(-20),
            StartedByUserId = relation.UserId,
        });
        var question = Guid.NewGuid();
        db.Messages.AddRange(
            new Message
            {
                Id = question, ThreadId = threadId, From = MessageSide.Relative, AuthorUserId = relation.UserId,
                SentAtUtc = now.AddHours(-20),
                Body = "Hej. Mor har ondt i en tand, siger hun. Kan I bestille en tid hos tandlægen? Jeg vil gerne køre hende derhen.",
            },
            new Message
            {
                Id = Guid.NewGuid(), ThreadId = threadId, From = MessageSide.Staff, AuthorUserId = staffId,
                SentAtUtc = now.AddHours(-3),
                Body = "Hej Mette. Vi har bestilt en tid torsdag kl. 10.30 hos tandlægen på Hovedgaden. Hun er klar kl. 10.00. Venlig hilsen Sofie",
            });
        // Sofie read the question before she answered it, as the thread's page records when staff open it: the demo
        // must not show Mette an answered question as "Ikke læst endnu".
        db.MessageReads.Add(new MessageRead { MessageId = question, ReaderUserId = staffId, ReadAtUtc = now.AddHours(-4) });
    }

    /// <summary>
    /// A julefrokost at Demohaven two weeks ahead, open for sign-up, and a statusmøde about Inger ten days ahead to which
    /// Mette (who follows "Aftaler og besøg") is invited, not yet answered. Dates follow the day the demo is seeded.
    /// </summary>
    private async Task AddCalendarAsync(string staffId, DateTime now)
    {
        var unitName = "Plejecenter Demohaven";
        var unitId = await db.Units.Where(u => u.Name == unitName).Select(u => u.Id).SingleOrDefaultAsync();
        var today = DateOnly.FromDateTime(now);
        if (unitId != Guid.Empty && !await db.UnitEvents.AnyAsync(e => e.UnitId == unitId))
        {
            var day = today.AddDays(14);
            db.UnitEvents.Add(new Core.Calendar.UnitEvent
            {
                Id = Guid.NewGuid(), UnitId = unitId, Title = "Julefrokost for beboere og pårørende", Place = "Fælleshuset",
                Description = "Vi spiser sammen, synger julesange og slutter med risalamande. Tilmeld dig og dine gæster, så vi har mad nok.",
                StartsAtUtc = Core.Notifications.DanishClock.StartOfDayUtc(day).AddHours(12),
                EndsAtUtc = Core.Notifications.DanishClock.StartOfDayUtc(day).AddHours(15),
                SignUpDeadlineUtc = Core.Notifications.DanishClock.StartOfDayUtc(day.AddDays(-6)), MaxGuests = 3,
                CreatedAtUtc = now.AddDays(-1), CreatedByUserId = staffId,
            });
        }

        var relativeEmail = DemoAccounts.Relative;
        var relation = await db.Relations
            .Where(r => r.Person!.Email == relativeEmail && r.Citizen!.FirstName == "Inger" && r.Citizen.LastName == "Prøvesen")
            .Select(r => new { r.Id, r.PersonId, r.CitizenId })
            .SingleOrDefaultAsync();
        if (relation is null || await db.CitizenMeetings.AnyAsync(m => m.CitizenId == relation.CitizenId))
        {
            return;
        }

        var meetingId = Guid.NewGuid();
        var meetingDay = today.AddDays(10);
        db.CitizenMeetings.Add(new Core.Calendar.CitizenMeeting
        {
            Id = meetingId, CitizenId = relation.CitizenId, Kind = Core.Calendar.MeetingKind.Status, Place = "Mødelokalet på 1. sal",
            Note = "Vi taler om, hvordan Inger har det i hverdagen, og om forventningsaftalen skal ændres.",
            StartsAtUtc = Core.Notifications.DanishClock.StartOfDayUtc(meetingDay).AddHours(10),
            EndsAtUtc = Core.Notifications.DanishClock.StartOfDayUtc(meetingDay).AddHours(11),
            CreatedAtUtc = now.AddDays(-1), CreatedByUserId = staffId,
        });
        db.MeetingInvitations.Add(new Core.Calendar.MeetingInvitation { Id = Guid.NewGuid(), MeetingId = meetingId, PersonId = relation.PersonId, RelationId = relation.Id });
    }

    private async Task AddNewsAsync(
        string unitName, string staffId, DateTime now, params (string Title, int HoursAgo, string Body)[] news)
    {
        var unitId = await db.Units.Where(u => u.Name == unitName).Select(u => u.Id).SingleOrDefaultAsync();
        if (unitId == Guid.Empty || await db.UnitNews.AnyAsync(n => n.UnitId == unitId))
        {
            return;
        }

        db.UnitNews.AddRange(news.Select(n => new UnitNews
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            Title = n.Title,
            Body = n.Body,
            PublishedAtUtc = now.AddHours(-n.HoursAgo),
            AuthorUserId = staffId,
        }));
    }
}
