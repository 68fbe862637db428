using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Notifications;
using Paaroerende.Core.Retention;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SentNotificationConfiguration : IEntityTypeConfiguration<SentNotification>
{
    public void Configure(EntityTypeBuilder<SentNotification> builder)
    {
        builder.Property(n => n.Kind).StoredAsName();
        builder.Property(n => n.UserId).HasMaxLength(FieldLengths.UserId);

        // Ids rather than foreign keys, as in the audit log: the log line outlives nothing it names, retention removes it.
        builder.HasIndex(n => n.UserId);
        builder.HasIndex(n => n.CitizenId);
        builder.HasIndex(n => n.PersonId);
        builder.HasIndex(n => n.QueuedAtUtc);
    }
}

internal sealed class JobWatermarkConfiguration : IEntityTypeConfiguration<JobWatermark>
{
    public void Configure(EntityTypeBuilder<JobWatermark> builder)
    {
        builder.HasKey(w => w.Name);
        builder.Property(w => w.Name).HasMaxLength(FieldLengths.Enum);
    }
}

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> builder) => builder.HasIndex(r => r.StartedAtUtc);
}
