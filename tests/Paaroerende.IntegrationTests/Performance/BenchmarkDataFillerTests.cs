extern alias benchmark;

using System.Net;
using Microsoft.EntityFrameworkCore;
using benchmark::Paaroerende.Benchmark.Fill;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// The benchmark's data filler (tools/Paaroerende.Benchmark) at a tiny scale, so the command does not rot: the counts
/// match the data set, and the portal itself can sign a generated relative in and show their citizen.
/// </summary>
public sealed class BenchmarkDataFillerTests
{
    private static readonly DataSet Tiny = new(Citizens: 12, AuditEntries: 250);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_tiny_data_set_has_the_counts_it_promises_and_the_portal_can_use_it(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var manifest = await new DataFiller(database.Settings, Tiny).FillAsync(new NoProgress());

        await using (var db = database.CreateContext())
        {
            var benchCitizens = db.Citizens.Where(c => c.LastName.StartsWith("Benchborger"));
            Assert.Equal(Tiny.Citizens, await benchCitizens.CountAsync());
            Assert.Equal(Tiny.Relatives, await db.People.CountAsync(p => p.Email!.EndsWith("@bench.example")));
            Assert.Equal(Tiny.Relatives + Tiny.SecondRelations, await db.Relations.CountAsync(r => benchCitizens.Any(c => c.Id == r.CitizenId)));
            Assert.Equal(Tiny.Updates, await db.CitizenUpdates.CountAsync(u => benchCitizens.Any(c => c.Id == u.CitizenId)));
            var pictures = await db.Attachments.CountAsync(a => a.OwnerKind == AttachmentOwner.CitizenUpdate
                && db.CitizenUpdates.Any(u => u.Id == a.OwnerId && benchCitizens.Any(c => c.Id == u.CitizenId)));
            Assert.InRange(pictures, Tiny.Updates / DataSet.UpdatesPerPicture / 2, Tiny.Updates / DataSet.UpdatesPerPicture * 2);
            Assert.Equal(Tiny.AuditEntries, await db.AuditEntries.CountAsync(a => benchCitizens.Any(c => c.Id == a.CitizenId)));
            Assert.True(await db.ConsentRecords.CountAsync(c => benchCitizens.Any(b => b.Id == c.Relation!.CitizenId))
                > (Tiny.Relatives + Tiny.SecondRelations) * 3, "every relation has three topics, some with history");
            var relativeRole = await db.Roles.Where(r => r.Name == PortalRoles.Relative).Select(r => r.Id).SingleAsync();
            Assert.Equal(Tiny.Relatives, await db.UserRoles.CountAsync(r => r.RoleId == relativeRole
                && db.Users.Any(u => u.Id == r.UserId && u.Email!.EndsWith("@bench.example"))));
        }

        Assert.Equal(Tiny.Citizens, manifest.Citizens);
        Assert.NotEmpty(manifest.Staff);
        Assert.All(manifest.Staff, s => Assert.NotEmpty(s.Relations));

        await using var factory = new PortalFactory(database, demoData: false);
        var relative = manifest.SampleRelatives[0];
        using var client = await factory.SignInAsAsync(relative.Email, DataFiller.RelativePassword);
        using var page = await client.GetAsync(new Uri($"/Relatives/Citizen/{relative.CitizenIds[0]}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
