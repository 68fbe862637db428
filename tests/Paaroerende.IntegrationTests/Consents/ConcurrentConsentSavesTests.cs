using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>
/// Saves on the same consent line at the same moment (two colleagues, a double-clicked "Gem") leave the current-access
/// table holding the line's newest record, as the history says: the gate reads the table, and "what was in force",
/// the receipts and the model tests read the history. Each save read the row and wrote it from what it read, so the
/// row could keep the record that committed last instead (once in eight rounds on both databases before the relations'
/// lock). Every save is stored, or refused as stored meanwhile (a tie in time), never failed otherwise.
/// </summary>
public sealed class ConcurrentConsentSavesTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const int Rounds = 24;

    private const int SavesAtOnce = 8;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Saves_on_one_line_at_the_same_moment_leave_the_current_row_on_the_newest_record(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Samtidig");
        var staff = await factory.UserIdAsync(DemoAccounts.Staff);
        var diverged = new List<string>();
        var failures = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var saves = Enumerable.Range(0, SavesAtOnce).Select(i => Task.Run(async () =>
            {
                try
                {
                    await factory.InScopeAsync(services =>
                    {
                        // The real clock, as in production: the test portal's own clock stands still, so every save
                        // would be stamped the same moment and all but one refused as a tie.
                        var recorder = ActivatorUtilities.CreateInstance<ConsentRecorder>(services, TimeProvider.System);
                        return recorder.RecordConsentsAsync(staff, ConsentCommand.Alike(
                            relative.RelationId, ConsentBasis.CitizenConsent, null, HowGiven.Oral, DateTime.UtcNow.AddDays(-1), null, null,
                            new Dictionary<ConsentTopic, ConsentLevel>
                            {
                                [ConsentTopic.Medicine] = i % 2 == 0 ? ConsentLevel.Informed : ConsentLevel.KeptOut,
                            }));
                    });
                }
                catch (DbUpdateException e) when (UniqueViolation.Is(e))
                {
                    // Stamped the same moment as another save of the line: refused whole, answered 409 on the web.
                }
                catch (Exception e)
                {
                    lock (failures)
                    {
                        failures.Add($"round {round}: {e.GetType().Name}: {e.Message}");
                    }
                }
            }));
            await Task.WhenAll(saves);

            var current = await factory.WithDbAsync(db => db.CurrentConsents
                .Where(c => c.RelationId == relative.RelationId && c.Topic == ConsentTopic.Medicine)
                .Select(c => new Line(c.RecordId, c.Level)).SingleAsync());
            var newest = await factory.WithDbAsync(db => db.ConsentRecords
                .Where(c => c.RelationId == relative.RelationId && c.Topic == ConsentTopic.Medicine)
                .OrderByDescending(c => c.RecordedAtUtc).Select(c => new Line(c.Id, c.Level)).FirstAsync());
            if (current != newest)
            {
                diverged.Add($"round {round}: the row holds {current.Level} ({current.RecordId}), the history's newest is {newest.Level} ({newest.RecordId})");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(diverged.Count == 0, string.Join("\n", diverged));
    }

    private sealed record Line(Guid RecordId, ConsentLevel Level);
}
