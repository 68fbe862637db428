using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Identity;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.LastName).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Ignore(c => c.FullName);
        builder.HasOne(c => c.Municipality).WithMany()
            .HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Unit).WithMany()
            .HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany()
            .HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);

        // Staff search their units' citizens by name.
        builder.HasIndex(c => new { c.UnitId, c.LastName, c.FirstName });
        builder.HasIndex(c => c.UserId).IsUnique();
    }
}
