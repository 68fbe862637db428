using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Administration;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class AdminAuditEntryConfiguration : IEntityTypeConfiguration<AdminAuditEntry>
{
    public void Configure(EntityTypeBuilder<AdminAuditEntry> builder)
    {
        builder.Property(a => a.ActorUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.ActorName).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.EntityType).StoredAsName();
        builder.Property(a => a.EntityId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.Action).StoredAsName();
        builder.Property(a => a.Summary).HasMaxLength(FieldLengths.ShortText);

        // Administrators read their municipality's log by period, optionally for one kind of entity.
        builder.HasIndex(a => new { a.MunicipalityId, a.OccurredAtUtc });
        builder.HasIndex(a => new { a.MunicipalityId, a.EntityType, a.OccurredAtUtc });
    }
}
