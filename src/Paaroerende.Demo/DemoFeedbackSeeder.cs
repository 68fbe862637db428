using Paaroerende.Core;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.Notifications;

namespace Paaroerende.Demo;

/// <summary>
/// Generated feedback for the overviews' charts (docs/adr/0037): a year of rated answers for Plejecenter Demohaven,
/// most of them answered within a few days, and three for Hjemmeplejen Syd, which is too few to show any figure. All
/// anonymous, so no demo person is tied to them; the same numbers on every start (a fixed seed), added only to a unit
/// that has no rated feedback yet.
/// </summary>
internal sealed class DemoFeedbackSeeder(PortalDbContext db, TimeProvider clock)
{
    private const int Seed = 14;

    private static readonly string[] Texts =
    [
        "Personalet er altid venligt, også når der er travlt.",
        "Jeg vil gerne have besked lidt tidligere, når der sker ændringer.",
        "Tak for en god snak ved det sidste møde.",
        "Det er svært at få fat i nogen i weekenden.",
        "",
        "",
        "",
    ];

    public async Task SeedAsync()
    {
        var today = DanishClock.DayOf(Instant.Now(clock));
        var staffEmail = DemoAccounts.Staff;
        var staffId = await db.Users.Where(u => u.Email == staffEmail).Select(u => u.Id).SingleAsync();
        await AddAsync("Plejecenter Demohaven", today, staffId, perMonth: [3, 4, 6, 5, 2, 6, 7, 5, 6, 8, 7, 5], improving: true);
        await AddAsync("Hjemmeplejen Syd (demo)", today, staffId, perMonth: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1], improving: false);
        await db.SaveChangesAsync();
    }

    /// <param name="perMonth">Answers in each of the last twelve months, the oldest first.</param>
    private async Task AddAsync(string unitName, DateOnly today, string staffId, int[] perMonth, bool improving)
    {
        var unitId = await db.Units.Where(u => u.Name == unitName).Select(u => u.Id).SingleOrDefaultAsync();
        if (unitId == Guid.Empty || await db.UnitFeedback.AnyAsync(f => f.UnitId == unitId && f.InformationRating != null))
        {
            return;
        }

#pragma warning disable CA5394 // demo data, not security: the same generated answers on every start
        var random = new Random(Seed);
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - perMonth.Length);
        for (var m = 0; m < perMonth.Length; m++)
        {
            var month = firstMonth.AddMonths(m);
            var lastDay = m == perMonth.Length - 1 ? today.Day : DateTime.DaysInMonth(month.Year, month.Month);
            for (var i = 0; i < perMonth[m]; i++)
            {
                var submitted = month.AddDays(random.Next(lastDay));
                var lift = improving ? m / 6 : 0;
                var feedback = new UnitFeedback
                {
                    Id = Guid.NewGuid(),
                    UnitId = unitId,
                    Text = Texts[random.Next(Texts.Length)],
                    SubmittedOn = submitted,
                };
                foreach (var theme in FeedbackScale.Themes)
                {
                    // Involvement starts lowest and improves most, as a unit that worked on it might.
                    var baseline = theme == FeedbackTheme.Involvement ? 2 : 3;
                    int? rating = random.Next(8) == 0 ? null : Math.Clamp(baseline + lift + random.Next(-1, 2), FeedbackScale.Lowest, FeedbackScale.Highest);
                    feedback.Rate(theme, rating);
                }

                var daysToAnswer = random.Next(1, 8);
                if (submitted.AddDays(daysToAnswer) < today)
                {
                    feedback.HandledAtUtc = DanishClock.StartOfDayUtc(submitted.AddDays(daysToAnswer)).AddHours(10);
                    feedback.HandledByUserId = staffId;
                    feedback.Answer = feedback.Text.Length > 0 ? "Tak for din feedback. Vi har talt om det på personalemødet." : null;
                }

                db.UnitFeedback.Add(feedback);
            }
        }
#pragma warning restore CA5394
    }
}
