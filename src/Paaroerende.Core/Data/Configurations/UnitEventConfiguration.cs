using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class UnitEventConfiguration : IEntityTypeConfiguration<UnitEvent>
{
    public void Configure(EntityTypeBuilder<UnitEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(e => e.Description).HasMaxLength(UnitEvent.DescriptionLength);
        builder.Property(e => e.Place).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.CreatedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(e => e.CancelledByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(e => e.CancelReason).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);

        // A unit's coming events in order.
        builder.HasIndex(e => new { e.UnitId, e.StartsAtUtc });
    }
}
