using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.GeneralInformation;

/// <summary>
/// The municipality page shows a council's upcoming meetings and the minutes of its five newest past meetings; the
/// page's query loads only those (issue #7), so years of minutes neither show nor multiply the query's rows.
/// </summary>
public class CouncilMeetingsShownTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Upcoming_meetings_and_the_minutes_of_the_five_newest_past_meetings_are_shown(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var today = DateOnly.FromDateTime(Paaroerende.Web.Localization.DanishTime.ToLocal(factory.Clock.GetUtcNow().UtcDateTime));
        await factory.WithDbAsync(async db =>
        {
            var rudersdal = await db.Municipalities.Where(m => m.Slug == "rudersdal").Select(m => m.Id).SingleAsync();
            var council = new RelativesCouncil { Id = Guid.NewGuid(), MunicipalityId = rudersdal, Name = "Testrådet", Description = "Til testen." };
            db.RelativesCouncils.Add(council);
            for (var month = 1; month <= 7; month++)
            {
                db.CouncilMeetings.Add(new CouncilMeeting
                {
                    Id = Guid.NewGuid(), CouncilId = council.Id, MeetingDate = today.AddMonths(-month), MinutesMarkdown = $"Referat {month}",
                });
            }

            db.CouncilMeetings.Add(new CouncilMeeting { Id = Guid.NewGuid(), CouncilId = council.Id, MeetingDate = today.AddDays(-1), Details = "Uden referat" });
            db.CouncilMeetings.Add(new CouncilMeeting { Id = Guid.NewGuid(), CouncilId = council.Id, MeetingDate = today, Details = "I dag" });
            db.CouncilMeetings.Add(new CouncilMeeting { Id = Guid.NewGuid(), CouncilId = council.Id, MeetingDate = today.AddMonths(1), Details = "Næste gang" });
            return await db.SaveChangesAsync();
        });

        var page = await factory.CreateBrowserLikeClient().GetDocumentAsync("/Information/rudersdal");

        Assert.Equal(["Referat 1", "Referat 2", "Referat 3", "Referat 4", "Referat 5"],
            page.QuerySelectorAll(".council-minutes .information-body").Select(d => d.TextContent.Trim()));
        var upcoming = page.QuerySelectorAll(".council-meetings li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, upcoming.Count);
        Assert.Contains("I dag", upcoming[0], StringComparison.Ordinal);
        Assert.Contains("Næste gang", upcoming[1], StringComparison.Ordinal);
    }
}
