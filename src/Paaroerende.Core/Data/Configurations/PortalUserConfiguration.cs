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
