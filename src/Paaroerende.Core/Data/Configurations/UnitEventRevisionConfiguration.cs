using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class UnitEventRevisionConfiguration : IEntityTypeConfiguration<UnitEventRevision>
{
    public void Configure(EntityTypeBuilder<UnitEventRevision> builder)
    {
        builder.CalendarRevisionColumns();
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(r => r.Description).HasMaxLength(UnitEvent.DescriptionLength);
        builder.HasOne<UnitEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.EventId, r.RecordedAtUtc });
    }
}
