using Paaroerende.Core.Consents;
using Paaroerende.Core.Updates;

namespace Paaroerende.Demo;

/// <summary>
/// Updates about the demo citizens in several topics, including topics their relatives may not see, so the demo
/// shows the consent gate at work.
/// </summary>
internal static class DemoUpdates
{
    private static readonly (ConsentTopic Topic, int HoursAgo, string Title, string Body)[] Inger =
    [
        (ConsentTopic.DailyLife, 3, "Gåtur i haven", "Inger var med på formiddagens gåtur rundt i haven og fik snakket med naboen fra stue 4. Hun var i godt humør bagefter."),
        (ConsentTopic.AppointmentsAndVisits, 20, "Frisør på torsdag", "Inger har fået tid hos frisøren torsdag kl. 10.30. Kom gerne forbi, hvis du vil følges med hende."),
        (ConsentTopic.HealthAndCare, 30, "Ny rollator", "Ergoterapeuten har tilpasset en ny rollator. Inger går mere sikkert med den."),
        (ConsentTopic.Medicine, 44, "Ændring i medicin", "Lægen har justeret dosis af blodtryksmedicinen. Sygeplejersken følger op i næste uge."),
        (ConsentTopic.Finances, 60, "Betaling for husleje", "Huslejen for næste måned er trukket som aftalt."),
        (ConsentTopic.DailyLife, 75, "Banko i fælleshuset", "Inger vandt en kurv med kaffe og småkager til bankoaftenen."),
    ];

    private static readonly (ConsentTopic Topic, int HoursAgo, string Title, string Body)[] Bent =
    [
        (ConsentTopic.DailyLife, 5, "Godt besøg af hunden", "Besøgshunden kom forbi i dag, og Bent sad længe og snakkede med den."),
        (ConsentTopic.HousingAndMoving, 50, "Ny lejlighed på 2. sal", "Bent kan flytte til en lejlighed med altan på 2. sal i næste måned. Vi tager en snak om flytningen."),
        (ConsentTopic.HealthAndCare, 70, "Kontrol hos egen læge", "Bent var til kontrol, og alt så fint ud."),
    ];

    public static IEnumerable<CitizenUpdate> For(Guid ingerId, Guid bentId, string authorUserId, DateTime now) =>
        Make(ingerId, Inger, authorUserId, now).Concat(Make(bentId, Bent, authorUserId, now));

    private static IEnumerable<CitizenUpdate> Make(
        Guid citizenId, (ConsentTopic Topic, int HoursAgo, string Title, string Body)[] updates, string author, DateTime now) =>
        updates.Select(u => new CitizenUpdate
        {
            Id = Guid.NewGuid(),
            CitizenId = citizenId,
            Topic = u.Topic,
            Title = u.Title,
            Body = u.Body,
            PublishedAtUtc = now.AddHours(-u.HoursAgo),
            AuthorUserId = author,
        });
}
