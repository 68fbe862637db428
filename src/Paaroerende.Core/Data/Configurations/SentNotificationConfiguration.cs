using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Notifications;

namespace Paaroerende.Core.Data.Configurations;

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
