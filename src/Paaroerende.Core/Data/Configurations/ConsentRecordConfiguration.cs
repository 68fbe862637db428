using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Consents;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(c => c.Topic).StoredAsName();
        builder.Property(c => c.Level).StoredAsName();
        builder.Property(c => c.Basis).StoredAsName();
        builder.Property(c => c.BasisScope).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.RecordedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.Note).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne(c => c.Relation).WithMany()
            .HasForeignKey(c => c.RelationId).OnDelete(DeleteBehavior.Restrict);

        // "What is in force for this relation and topic now": newest record first.
        builder.HasIndex(c => new { c.RelationId, c.Topic, c.RecordedAtUtc });
    }
}
