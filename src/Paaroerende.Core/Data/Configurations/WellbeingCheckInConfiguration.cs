using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.CheckIns;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class WellbeingCheckInConfiguration : IEntityTypeConfiguration<WellbeingCheckIn>
{
    public void Configure(EntityTypeBuilder<WellbeingCheckIn> builder)
    {
        builder.Property(c => c.EnoughRest).StoredAsName();
        builder.Property(c => c.EnoughSupport).StoredAsName();
        builder.Property(c => c.Comment).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.ContactHow).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.HandledByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Relation>().WithMany().HasForeignKey(c => c.RelationId).OnDelete(DeleteBehavior.Restrict);

        // The relative's latest check-in; staff's open contact requests per relation.
        builder.HasIndex(c => new { c.RelationId, c.SubmittedAtUtc });
    }
}
