using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.GeneralInformation;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class UsefulLinkConfiguration : IEntityTypeConfiguration<UsefulLink>
{
    public void Configure(EntityTypeBuilder<UsefulLink> builder)
    {
        builder.Property(l => l.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(l => l.Url).HasMaxLength(FieldLengths.Url);
        builder.Property(l => l.Description).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne(l => l.Municipality).WithMany()
            .HasForeignKey(l => l.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
