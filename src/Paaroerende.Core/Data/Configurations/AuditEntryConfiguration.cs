using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Audit;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.ActorUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.Action).StoredAsName();
        builder.Property(a => a.Outcome).StoredAsName();
        builder.Property(a => a.Topic).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(a => a.Detail).HasMaxLength(FieldLengths.ShortText);

        // Staff read a citizen's log by period; the citizen sees who looked.
        builder.HasIndex(a => new { a.CitizenId, a.OccurredAtUtc });
        builder.HasIndex(a => new { a.PersonId, a.OccurredAtUtc });

        // What a sign-in did, for its data export (GDPR art. 15): without it the export read the whole log.
        builder.HasIndex(a => new { a.ActorUserId, a.OccurredAtUtc });
    }
}
