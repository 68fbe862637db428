using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(u => u.Type).StoredAsName();
        builder.Property(u => u.StreetAddress).HasMaxLength(FieldLengths.Name);
        builder.Property(u => u.PostalCode).HasMaxLength(FieldLengths.PostalCode);
        builder.Property(u => u.City).HasMaxLength(FieldLengths.Name);
        builder.Property(u => u.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Property(u => u.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(u => u.OpeningHours).HasMaxLength(FieldLengths.ShortText);
        builder.Property(u => u.VisitingHours).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne(u => u.Municipality).WithMany(m => m.Units)
            .HasForeignKey(u => u.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
