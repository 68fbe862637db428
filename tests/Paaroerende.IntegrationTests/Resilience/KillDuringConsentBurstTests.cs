using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using Paaroerende.Core.Audit;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>
/// The portal process is killed with SIGKILL in the middle of a burst of consent changes. Afterwards the database holds
/// every change the portal acknowledged, and every change it holds is whole: a record for each topic of the save, each
/// with its audit entry (one transaction per save, docs/adr/0002 and 0014).
/// </summary>
public class KillDuringConsentBurstTests(ITestOutputHelper output)
{
    private const int Workers = 6;
    private const int AcknowledgedBeforeKill = 24;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Killed_mid_burst_every_acknowledged_consent_change_is_stored_and_none_is_half_written(string provider)
    {
        await using var database = await OwnDatabaseAsync(provider);
        var portal = await PortalProcess.StartAsync(database.Settings, PortalProcess.NewKeyEncryptionKey());
        await using (portal)
        {
            using var staff = portal.CreateClient(new CookieContainer());
            await staff.SignInThroughFormsAsync(DemoAccounts.Staff, DemoAccounts.Password,
                () => Task.FromResult(DemoAccounts.AuthenticatorKey));
            var consentUrls = await NominateRelativesAsync(staff, database);
            var burst = new ConsentBurst(staff, consentUrls);

            var running = burst.RunAsync();
            await Eventually.HappensAsync(() => Task.FromResult(burst.Acknowledged.Count >= AcknowledgedBeforeKill),
                $"{AcknowledgedBeforeKill} acknowledged consent changes", TimeSpan.FromSeconds(40));
            await portal.KillAsync();
            await running;

            Assert.True(burst.Interrupted > 0, "the kill came while changes were on their way");
            var stored = await AssertStoredWholeAsync(database, consentUrls, burst);
            output.WriteLine($"{provider}: {burst.Acknowledged.Count} acknowledged, {burst.Refused.Count} refused, " +
                $"{burst.Interrupted} cut off by the kill; {stored} stored, each whole.");
        }
    }

    /// <returns>How many saves are stored.</returns>
    private static async Task<int> AssertStoredWholeAsync(TestDatabase database, IReadOnlyList<string> consentUrls, ConsentBurst burst)
    {
        var relationIds = consentUrls.Select(RelationIdOf).ToList();
        await using var db = database.CreateContext();
        var records = await db.ConsentRecords.Where(c => relationIds.Contains(c.RelationId))
            .Select(c => new { c.RelationId, c.Topic, c.Note }).ToListAsync();
        var audits = await db.AuditEntries
            .Where(a => a.Action == AuditAction.ConsentRecorded && a.RelationId != null && relationIds.Contains(a.RelationId.Value))
            .Select(a => new { RelationId = a.RelationId!.Value, a.Topic }).ToListAsync();

        var saves = records.GroupBy(r => r.Note ?? "").ToDictionary(g => g.Key, g => g.ToList());
        foreach (var note in burst.Acknowledged)
        {
            Assert.True(saves.ContainsKey(note), $"The acknowledged change {note} is not stored.");
        }

        foreach (var (note, save) in saves)
        {
            Assert.StartsWith("burst-", note, StringComparison.Ordinal);
            Assert.Equal(ConsentBurst.TopicsPerChange, save.Select(r => r.Topic).Distinct().Count());
            Assert.Equal(ConsentBurst.TopicsPerChange, save.Count);
        }

        // Each record's audit entry, and no audit entry without its record.
        Assert.Equal(
            records.Select(r => (r.RelationId, (Core.Consents.ConsentTopic?)r.Topic)).Order().ToList(),
            audits.Select(a => (a.RelationId, a.Topic)).Order().ToList());
        return saves.Count;
    }

    /// <summary>One new relation of Inger's per worker, nominated through the staff form as staff would.</summary>
    private static async Task<IReadOnlyList<string>> NominateRelativesAsync(HttpClient staff, TestDatabase database)
    {
        Guid inger;
        await using (var db = database.CreateContext())
        {
            inger = await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync();
        }

        var urls = new List<string>();
        for (var worker = 0; worker < Workers; worker++)
        {
            var form = await staff.GetDocumentAsync($"/Staff/Citizens/{inger}/Nominate");
            using var nominated = await staff.SubmitAsync(form, new Dictionary<string, string>
            {
                ["Input.FirstName"] = "Burst",
                ["Input.LastName"] = $"Pårørende{worker}",
                ["Input.Email"] = $"burst{worker}@test.example",
                ["Input.Kind"] = "Sibling",
                ["Input.HowGiven"] = "Oral",
            });
            Assert.Equal(HttpStatusCode.Redirect, nominated.StatusCode);
            urls.Add(nominated.Headers.Location!.PathAndQueryOrOriginal());
        }

        return urls;
    }

    private static Guid RelationIdOf(string consentUrl) => Guid.Parse(consentUrl.Split('/')[^2]);

    /// <summary>A database of the test's own; SQLite with the portal's usual connection pooling.</summary>
    private static async Task<TestDatabase> OwnDatabaseAsync(string provider) =>
        provider == DatabaseProviders.Sqlite ? new SqliteFileDatabase() : await TestDatabase.CreateAsync(provider);

    private sealed class SqliteFileDatabase : TestDatabase
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("paaroerende-kill-").FullName;

        public override Core.Data.DatabaseSettings Settings =>
            new(DatabaseProviders.Sqlite, $"Data Source={Path.Combine(_folder, "portal.db")}");

        public override ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
