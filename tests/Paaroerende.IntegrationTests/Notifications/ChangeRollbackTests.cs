using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.Notifications;

/// <summary>
/// The database refuses a consent change half-way through its one SaveChanges: neither the change, its audit entry, nor
/// its mail is stored. There is never a mail for a change that rolled back.
/// </summary>
public sealed class ChangeRollbackTests : IAsyncLifetime
{
    private readonly Dictionary<string, PortalFactory> _factories = [];
    private readonly BreakNextMailSave _breaker = new();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_consent_change_the_database_refuses_leaves_no_mail_and_no_change(string provider)
    {
        var factory = await FactoryAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        var recordsBefore = await factory.WithDbAsync(db => db.ConsentRecords.CountAsync(c => c.RelationId == world.RelationId));

        _breaker.Armed = true;
        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithServiceAsync<CitizenConsents, DateTime?>(c =>
            c.RecordAsync(world.CitizenUserId, world.CitizenId, world.RelationId,
                [new CitizenTopicChoice(ConsentTopic.DailyLife, ConsentLevel.None)])));

        Assert.Empty(await factory.MailsToAsync(world.RelativeEmail));
        Assert.Empty(await factory.NoticesToAsync(await factory.UserIdAsync(world.RelativeEmail)));
        Assert.Equal(recordsBefore, await factory.WithDbAsync(db => db.ConsentRecords.CountAsync(c => c.RelationId == world.RelationId)));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.RelationId == world.RelationId)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories.Values)
        {
            await factory.DisposeAsync();
        }
    }

    private async Task<PortalFactory> FactoryAsync(string provider)
    {
        var factory = await PortalFactory.CreateAsync(provider, services: s =>
            s.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(_breaker)));
        _factories[provider] = factory;
        return factory;
    }

    /// <summary>
    /// When armed, adds to the next SaveChanges that holds a mail a consent record on a relation that does not exist, so
    /// the database refuses the batch with a foreign key error after some of its rows were written.
    /// </summary>
    private sealed class BreakNextMailSave : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var context = eventData.Context;
            if (Armed && context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            {
                Armed = false;
                context.Add(new ConsentRecord
                {
                    Id = Guid.NewGuid(), RelationId = Guid.NewGuid(), Topic = ConsentTopic.DailyLife, Level = ConsentLevel.None,
                    Basis = ConsentBasis.CitizenConsent, GivenHow = HowGiven.Digital, ValidFromUtc = ConsentScenario.T0,
                    RecordedAtUtc = ConsentScenario.T0, RecordedByUserId = "test",
                });
            }

            return ValueTask.FromResult(result);
        }
    }
}
