using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Slug).HasMaxLength(FieldLengths.Slug);
        builder.Property(m => m.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(m => m.WebAddress).HasMaxLength(FieldLengths.Url);
        builder.HasIndex(m => m.Slug).IsUnique();
    }
}
