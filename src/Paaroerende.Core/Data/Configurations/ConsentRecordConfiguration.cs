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
        builder.Property(c => c.GivenHow).StoredAsName();
        builder.Property(c => c.BasisScope).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.BasisDocument).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.RecordedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.Note).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne(c => c.Relation).WithMany()
            .HasForeignKey(c => c.RelationId).OnDelete(DeleteBehavior.Restrict);

        // One decision line per relation, topic and basis, in a strict order: the newest record of a line decides.
        builder.HasIndex(c => new { c.RelationId, c.Topic, c.Basis, c.RecordedAtUtc }).IsUnique();
    }
}
