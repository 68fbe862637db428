using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Audit;
using Paaroerende.Core.CheckIns;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Consents;
using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Messages;
using Paaroerende.Core.Notifications;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Privacy;
using Paaroerende.Core.Retention;
using Paaroerende.Core.Tenancy;
using Paaroerende.Core.Updates;

namespace Paaroerende.Core.Data;

/// <summary>
/// The one unit of work (no repositories over it, see docs/adr/0002). The model uses only provider-neutral types so
/// the same hand-written migrations run on SQLite, PostgreSQL and SQL Server.
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Citizen> Citizens => Set<Citizen>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Relation> Relations => Set<Relation>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    /// <summary>Each consent line's newest decision, kept with every append (<see cref="CurrentConsentKeeper"/>).</summary>
    public DbSet<CurrentConsent> CurrentConsents => Set<CurrentConsent>();

    public DbSet<DirectoryCategory> DirectoryCategories => Set<DirectoryCategory>();

    public DbSet<DirectorySituation> DirectorySituations => Set<DirectorySituation>();

    public DbSet<DirectoryContact> DirectoryContacts => Set<DirectoryContact>();

    public DbSet<InformationPage> InformationPages => Set<InformationPage>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<RelativesCouncil> RelativesCouncils => Set<RelativesCouncil>();

    public DbSet<UsefulLink> UsefulLinks => Set<UsefulLink>();

    public DbSet<StaffUnitAssignment> StaffUnitAssignments => Set<StaffUnitAssignment>();

    public DbSet<UsedAuthenticatorStep> UsedAuthenticatorSteps => Set<UsedAuthenticatorStep>();

    public DbSet<RateLimiting.RateLimitWindow> RateLimitWindows => Set<RateLimiting.RateLimitWindow>();

    /// <summary>The keys of forms already sent, so a form sent twice does its work once (docs/adr/0060).</summary>
    public DbSet<Sendings.FormSending> FormSendings => Set<Sendings.FormSending>();

    public DbSet<CitizenUpdate> CitizenUpdates => Set<CitizenUpdate>();

    public DbSet<CitizenUpdateRevision> CitizenUpdateRevisions => Set<CitizenUpdateRevision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AdminAuditEntry> AdminAuditEntries => Set<AdminAuditEntry>();

    public DbSet<CouncilMeeting> CouncilMeetings => Set<CouncilMeeting>();

    public DbSet<CouncilMeetingAttachment> CouncilMeetingAttachments => Set<CouncilMeetingAttachment>();

    public DbSet<StaffInvitation> StaffInvitations => Set<StaffInvitation>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<UnitNews> UnitNews => Set<UnitNews>();

    public DbSet<UnitNewsRevision> UnitNewsRevisions => Set<UnitNewsRevision>();

    public DbSet<ExpectationAgreement> ExpectationAgreements => Set<ExpectationAgreement>();

    public DbSet<ExpectationAcknowledgement> ExpectationAcknowledgements => Set<ExpectationAcknowledgement>();

    public DbSet<WellbeingCheckIn> WellbeingCheckIns => Set<WellbeingCheckIn>();

    public DbSet<UnitFeedback> UnitFeedback => Set<UnitFeedback>();

    public DbSet<RelativeInvitation> RelativeInvitations => Set<RelativeInvitation>();

    public DbSet<CitizenInvitation> CitizenInvitations => Set<CitizenInvitation>();

    /// <summary>Relatives the citizen named themself, waiting for their MitID (docs/adr/0043).</summary>
    public DbSet<CitizenNomination> CitizenNominations => Set<CitizenNomination>();

    public DbSet<CitizenNominationTopic> CitizenNominationTopics => Set<CitizenNominationTopic>();

    /// <summary>ASP.NET Core's data-protection key ring, shared by every instance and encrypted (docs/adr/0014).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<SentNotification> SentNotifications => Set<SentNotification>();

    public DbSet<JobWatermark> JobWatermarks => Set<JobWatermark>();

    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();

    public DbSet<MessageThread> MessageThreads => Set<MessageThread>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<MessageRead> MessageReads => Set<MessageRead>();

    public DbSet<PrivacyNotice> PrivacyNotices => Set<PrivacyNotice>();

    /// <summary>Pictures and PDFs of updates, news and council minutes; bytes in the database (docs/adr/0039).</summary>
    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Calendar.UnitEvent> UnitEvents => Set<Calendar.UnitEvent>();

    public DbSet<Calendar.EventSignUp> EventSignUps => Set<Calendar.EventSignUp>();

    public DbSet<Calendar.CitizenMeeting> CitizenMeetings => Set<Calendar.CitizenMeeting>();

    public DbSet<Calendar.MeetingInvitation> MeetingInvitations => Set<Calendar.MeetingInvitation>();

    public DbSet<Calendar.CitizenMeetingRevision> CitizenMeetingRevisions => Set<Calendar.CitizenMeetingRevision>();

    public DbSet<Calendar.UnitEventRevision> UnitEventRevisions => Set<Calendar.UnitEventRevision>();

    /// <summary>
    /// Saves with the current-access table kept up in the same transaction as the consent records appended: the current
    /// rows are read, under the relations' lock, inside the transaction that writes them (ConsentLineLock), in the
    /// caller's transaction when there is one.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var appended = CurrentConsentKeeper.Appended(this);
        if (appended.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await CurrentConsentKeeper.KeepUpAsync(this, appended, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>
    /// Consent records are saved asynchronously only, where the current-access table is kept up; other synchronous saves
    /// (the data-protection key store makes them) pass.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries<ConsentRecord>().Any(e => e.State == EntityState.Added)
            ? throw new NotSupportedException("Consent records are saved with SaveChangesAsync, which keeps the current consents.")
            : base.SaveChanges(acceptAllChangesOnSuccess);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        if (Database.IsSqlServer())
        {
            SqlServerTriggers.Declare(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Every instant is stored as UTC. SQLite returns DateTime without a kind, so it is restored on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
