using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Core.Identity;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>One id of everything an administrator can edit, all belonging to Hvidovre (adding an offer, a meeting and a file with its minutes, which the demo lacks).</summary>
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

        // A file with the meeting's minutes, so its removal is among what Ishøj's administrator must not reach.
        var meetingFile = await db.CouncilMeetingAttachments.Where(a => a.MeetingId == meeting).Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
        if (meetingFile is null)
        {
            meetingFile = Guid.NewGuid();
            db.CouncilMeetingAttachments.Add(new CouncilMeetingAttachment
            {
                Id = meetingFile.Value, MeetingId = meeting.Value, FileName = "referat.pdf", ContentType = "application/pdf", SizeBytes = 6,
                Content = "%PDF-1"u8.ToArray(), UploadedAtUtc = new DateTime(2026, 12, 2, 8, 0, 0, DateTimeKind.Utc), UploadedByUserId = "test",
            });
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
            ["meetingFile"] = meetingFile.Value.ToString(),
            ["page"] = (await db.InformationPages.FirstAsync(p => p.MunicipalityId == hvidovre)).Id.ToString(),
            ["unit"] = (await db.Units.FirstAsync(u => u.MunicipalityId == hvidovre)).Id.ToString(),
            ["staff"] = (await users.FindByEmailAsync(DemoAccounts.Staff))!.Id,
            ["administrator"] = (await users.FindByEmailAsync(DemoAccounts.Administrator))!.Id,
        };
    }
}
