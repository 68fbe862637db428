using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Core.Identity;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>One id of everything an administrator can edit, all belonging to Hvidovre (adding an offer and a meeting, which the demo lacks).</summary>
public static class HvidovreData
{
    public static async Task<IReadOnlyDictionary<string, string>> IdsAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var hvidovre = await db.Municipalities.Where(m => m.Slug == "hvidovre").Select(m => m.Id).SingleAsync();
        var council = await db.RelativesCouncils.Where(c => c.MunicipalityId == hvidovre).Select(c => c.Id).FirstAsync();
        var offer = await db.Offers.Where(o => o.MunicipalityId == hvidovre).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
        if (offer is null)
        {
            offer = Guid.NewGuid();
            db.Offers.Add(new Offer { Id = offer.Value, MunicipalityId = hvidovre, Title = "Hvidovres demenscafé", Description = "Hvidovre-tilbud" });
        }

        var meeting = await db.CouncilMeetings.Where(m => m.CouncilId == council).Select(m => (Guid?)m.Id).FirstOrDefaultAsync();
        if (meeting is null)
        {
            meeting = Guid.NewGuid();
            db.CouncilMeetings.Add(new CouncilMeeting { Id = meeting.Value, CouncilId = council, MeetingDate = new DateOnly(2026, 12, 1), MinutesMarkdown = "Hvidovre-referat" });
        }

        await db.SaveChangesAsync();
        return new Dictionary<string, string>
        {
            ["category"] = (await db.DirectoryCategories.FirstAsync(c => c.MunicipalityId == hvidovre)).Id.ToString(),
            ["situation"] = (await db.DirectorySituations.FirstAsync(s => s.Category!.MunicipalityId == hvidovre)).Id.ToString(),
            ["contact"] = (await db.DirectoryContacts.FirstAsync(c => c.Situation!.Category!.MunicipalityId == hvidovre)).Id.ToString(),
            ["offer"] = offer.Value.ToString(),
            ["council"] = council.ToString(),
            ["meeting"] = meeting.Value.ToString(),
            ["page"] = (await db.InformationPages.FirstAsync(p => p.MunicipalityId == hvidovre)).Id.ToString(),
            ["unit"] = (await db.Units.FirstAsync(u => u.MunicipalityId == hvidovre)).Id.ToString(),
            ["staff"] = (await users.FindByEmailAsync(DemoAccounts.Staff))!.Id,
            ["administrator"] = (await users.FindByEmailAsync(DemoAccounts.Administrator))!.Id,
        };
    }
}
