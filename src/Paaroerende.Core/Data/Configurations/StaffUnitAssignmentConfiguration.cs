using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class StaffUnitAssignmentConfiguration : IEntityTypeConfiguration<StaffUnitAssignment>
{
    public void Configure(EntityTypeBuilder<StaffUnitAssignment> builder)
    {
        builder.HasKey(a => new { a.UserId, a.UnitId });
        builder.Property(a => a.UserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<PortalUser>().WithMany()
            .HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Unit).WithMany()
            .HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.UnitId);
    }
}
