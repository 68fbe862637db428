using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;

namespace Paaroerende.IntegrationTests.Infrastructure;

public static partial class StaffUsers
{
    /// <summary>A fresh staff member of a municipality, assigned to its first unit, with TestUsers.Password.</summary>
    public static async Task<(string Email, string Id)> CreateStaffAsync(this PortalFactory factory, string municipalitySlug)
    {
        var email = $"staff-{Guid.NewGuid():N}@test.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var municipality = await db.Municipalities.Where(m => m.Slug == municipalitySlug).Select(m => m.Id).SingleAsync();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Medarbejder", MunicipalityId = municipality };
        Assert.True((await users.CreateAsync(user, TestUsers.Password)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Staff);
        db.StaffUnitAssignments.Add(new StaffUnitAssignment
        {
            UserId = user.Id,
            UnitId = await db.Units.Where(u => u.MunicipalityId == municipality).OrderBy(u => u.Name).Select(u => u.Id).FirstAsync(),
        });
        await db.SaveChangesAsync();
        return (email, user.Id);
    }

    /// <summary>The text of the newest mail to an address in the portal's pickup folder.</summary>
    /// <remarks>The mail goes through the outbox, so it is waited for: the background sender writes it a moment later.</remarks>
    public static Task<string> MailToAsync(this PortalFactory factory, string email) =>
        Eventually.HappensAsync<string>(() => Task.FromResult(
            Directory.Exists(factory.MailFolder)
                ? Directory.GetFiles(factory.MailFolder, "*.eml").Order(StringComparer.Ordinal)
                    .Select(File.ReadAllText)
                    .LastOrDefault(text => text.Contains($"To: {email}\r\n", StringComparison.Ordinal))
                : null), $"a mail to {email}");

    public static string InvitationLink(string mail) => new Uri(InvitationLinkPattern().Match(mail).Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/Account/AcceptInvitation\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLinkPattern();
}
