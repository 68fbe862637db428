using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Privacy;
using Paaroerende.Web.Relatives;

namespace Paaroerende.IntegrationTests.Data.SqlServer;

/// <summary>
/// The SQL that EF's SQL Server provider writes for the consent gate and its rule (what every relative's page asks),
/// the audit recorder's insert, the authenticator's claim and the data exports, parsed as T-SQL without a server.
/// Queries are read with ToQueryString; code that runs its own queries runs against <see cref="NoServerSqlServer"/>,
/// which keeps each command it sends until the code needs a row it does not get.
/// </summary>
public sealed class SqlServerQueryTests
{
    private static readonly DateTime At = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Person = Guid.NewGuid();
    private static readonly Guid Citizen = Guid.NewGuid();
    private const string UserId = "user-1";

    [Fact]
    public void The_consent_gates_queries_parse_as_TSql()
    {
        using var server = new NoServerSqlServer();
        var db = server.Context;
        var gate = new ConsentGate(db);
        var ofUser = gate.ActiveRelationsOfUser(UserId, At);
        var ofPerson = gate.ActiveRelations(Person, At).Where(r => r.CitizenId == Citizen);

        var queries = new Dictionary<string, string>
        {
            ["ActiveRelations"] = gate.ActiveRelations(Person, At).ToQueryString(),
            ["ActiveRelationsOfUser"] = ofUser.ToQueryString(),
            ["VisibleUnitNews"] = gate.VisibleUnitNews(UserId, At).ToQueryString(),
            ["VisibleCitizenIds"] = gate.VisibleCitizenIds(Person, At).ToQueryString(),
            ["AllowedTopicsOn"] = gate.AllowedTopicsOn(ofUser, At).ToQueryString(),
            ["AllowedTopicsAsOf"] = gate.AllowedTopicsAsOf(ofUser, At).ToQueryString(),
            ["AllowedTopics"] = gate.AllowedTopics(Person, Citizen, At).ToQueryString(),
            ["VisibleUpdates"] = gate.VisibleUpdates(Person, Citizen, At).ToQueryString(),
            ["VisibleUpdatesOn"] = gate.VisibleUpdatesOn(ofUser, At).ToQueryString(),
            ["VisibleUpdatesAsOf"] = gate.VisibleUpdatesAsOf(ofUser, At).ToQueryString(),
            ["ConsentRule.CurrentDecisions"] = ConsentRule.CurrentDecisions(db.CurrentConsents, ofPerson).ToQueryString(),
            ["ConsentRule.DecisionsAt"] = ConsentRule.DecisionsAt(db.ConsentRecords, ofPerson, At).ToQueryString(),
            ["ConsentRule.NewestOfLineAt"] = db.ConsentRecords.NewestOfLineAt(At).ToQueryString(),
            ["CitizenPageRows (the relative's citizen page)"] = CitizenPageRows.Query(db, gate, ofUser, Citizen, At, 10).ToQueryString(),
        };

        AssertParses(queries);
    }

    [Fact]
    public async Task The_gates_outlook_the_audit_recorder_and_the_authenticators_claim_send_TSql()
    {
        using var server = new NoServerSqlServer();
        var gate = new ConsentGate(server.Context);

        // With no rows, the outlook stops after asking whether a relation is active; its decisions are read above.
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => gate.OutlookAsync(Person, Citizen, At));
        await new AuditLog(server.Context, TimeProvider.System)
            .RecordRelativeReadAsync(UserId, Person, Citizen, [ConsentTopic.DailyLife, ConsentTopic.HealthAndCare]);
        var claim = ReplayGuardedAuthenticator.SqlServerClaim(UserId, 42);

        var sent = server.Commands.Select((sql, i) => ($"command {i}", sql))
            .Append(("authenticator claim", string.Format(CultureInfo.InvariantCulture, claim.Format, "@p0", "@p1")))
            .Append(("shared rate-limit count", Paaroerende.Core.RateLimiting.SharedRateLimitCounter.SqlServerIncrement))
            .ToDictionary(c => c.Item1, c => c.Item2);

        Assert.Contains(server.Commands, c => c.Contains("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal));
        AssertParses(sent);
    }

    [Fact]
    public async Task The_exports_send_TSql()
    {
        using var server = new NoServerSqlServer();
        var export = new PersonalDataExport(server.Context, TimeProvider.System, new ConsentGate(server.Context), QueuedAuditReads.None);

        Assert.Null(await export.ForCitizenAsync(Citizen));
        await RunUntilItNeedsARowAsync(() => export.ForRelativeAsync(UserId, Person));

        Assert.NotEmpty(server.Commands);
        AssertParses(server.Commands.Select((sql, i) => ($"export command {i}", sql)).ToDictionary(c => c.Item1, c => c.Item2));
    }

    private static async Task RunUntilItNeedsARowAsync(Func<Task> flow)
    {
        try
        {
            await flow();
        }
        catch (InvalidOperationException)
        {
            // A query that must return a row got none; what was sent until then is kept.
        }
    }

    private static void AssertParses(IReadOnlyDictionary<string, string> queries)
    {
        var errors = queries.SelectMany(q => TSql.Errors(q.Value).Select(e => $"{q.Key}: {e}")).ToList();
        Assert.True(errors.Count == 0, string.Join("\n\n", errors));
    }
}
