using Paaroerende.Core.Consents;
using Paaroerende.Web.Citizens;
using static Paaroerende.Web.Citizens.ReadVisits;

namespace Paaroerende.UnitTests.Citizens;

public class ReadVisitsTests
{
    private static readonly DateTime Noon = new(2026, 12, 3, 11, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Jens = Guid.NewGuid();
    private static readonly Guid Mette = Guid.NewGuid();

    [Fact]
    public async Task A_page_read_with_several_topics_and_the_pages_after_it_are_one_visit()
    {
        var visits = await NewestAsync(Reads(
            new(Noon.AddMinutes(12), Jens, null),
            new(Noon.AddMinutes(2), Jens, ConsentTopic.Medicine),
            new(Noon.AddMinutes(2), Jens, ConsentTopic.DailyLife),
            new(Noon, Jens, ConsentTopic.HealthAndCare),
            new(Noon, Jens, ConsentTopic.DailyLife)), 10);

        var visit = Assert.Single(visits);
        Assert.Equal((Noon, Noon.AddMinutes(12), Jens), (visit.FirstUtc, visit.LastUtc, visit.PersonId));
        Assert.Equal([ConsentTopic.DailyLife, ConsentTopic.HealthAndCare, ConsentTopic.Medicine], visit.Topics);
    }

    [Fact]
    public async Task A_break_of_half_an_hour_starts_a_new_visit_and_reads_closer_together_stay_one_however_long()
    {
        var visits = await NewestAsync(Reads(
            new(Noon.AddMinutes(140), Jens, ConsentTopic.DailyLife),
            new(Noon.AddMinutes(110), Jens, ConsentTopic.DailyLife),
            new(Noon.AddMinutes(85), Jens, ConsentTopic.DailyLife),
            new(Noon.AddMinutes(60), Jens, ConsentTopic.DailyLife),
            new(Noon.AddMinutes(35), Jens, ConsentTopic.DailyLife),
            new(Noon.AddMinutes(4), Jens, ConsentTopic.DailyLife),
            new(Noon, Jens, ConsentTopic.DailyLife)), 10);

        Assert.Equal(
            [(Noon.AddMinutes(140), Noon.AddMinutes(140)), (Noon.AddMinutes(35), Noon.AddMinutes(110)), (Noon, Noon.AddMinutes(4))],
            visits.Select(v => (v.FirstUtc, v.LastUtc)));
    }

    [Fact]
    public async Task Two_relatives_reading_at_the_same_time_are_two_visits()
    {
        var visits = await NewestAsync(Reads(
            new(Noon.AddMinutes(3), Mette, ConsentTopic.Finances),
            new(Noon.AddMinutes(2), Jens, ConsentTopic.DailyLife),
            new(Noon.AddMinutes(1), Mette, ConsentTopic.DailyLife),
            new(Noon, Jens, ConsentTopic.DailyLife)), 10);

        Assert.Equal([Mette, Jens], visits.Select(v => v.PersonId));
        Assert.Equal([ConsentTopic.DailyLife, ConsentTopic.Finances], visits[0].Topics);
    }

    [Fact]
    public async Task It_stops_reading_the_log_once_the_visits_wanted_are_complete()
    {
        static async IAsyncEnumerable<Read> LogThatMustNotBeReadToTheEnd()
        {
            yield return new(Noon.AddHours(5), Jens, ConsentTopic.DailyLife);
            yield return new(Noon.AddHours(4), Mette, ConsentTopic.DailyLife);
            yield return new(Noon.AddHours(3), Jens, ConsentTopic.DailyLife);
            await Task.Yield();
            throw new InvalidOperationException("Read past the visits wanted.");
        }

        var visits = await NewestAsync(LogThatMustNotBeReadToTheEnd(), 2);

        Assert.Equal([Jens, Mette], visits.Select(v => v.PersonId));
    }

    private static async IAsyncEnumerable<Read> Reads(params Read[] newestFirst)
    {
        foreach (var read in newestFirst)
        {
            await Task.Yield();
            yield return read;
        }
    }
}
