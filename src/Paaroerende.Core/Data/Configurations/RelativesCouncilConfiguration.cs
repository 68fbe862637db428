using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.GeneralInformation;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class RelativesCouncilConfiguration : IEntityTypeConfiguration<RelativesCouncil>
{
    public void Configure(EntityTypeBuilder<RelativesCouncil> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Description).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.ContactEmail).HasMaxLength(FieldLengths.Email);
        builder.HasOne(c => c.Municipality).WithMany()
            .HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Unit).WithMany()
            .HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
