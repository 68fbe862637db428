using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLengths.Name);
        builder.HasOne<Municipality>().WithMany()
            .HasForeignKey(u => u.MunicipalityId).OnDelete(DeleteBehavior.Restrict);

        // The sign-ins of a relative or a citizen, for their data export (QueryPlanTests).
        builder.HasIndex(u => u.PersonId);
        builder.HasIndex(u => u.CitizenId);
    }
}

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

internal sealed class UsedAuthenticatorStepConfiguration : IEntityTypeConfiguration<UsedAuthenticatorStep>
{
    public void Configure(EntityTypeBuilder<UsedAuthenticatorStep> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
