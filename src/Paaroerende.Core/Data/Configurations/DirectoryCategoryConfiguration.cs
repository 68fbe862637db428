using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.ContactDirectory;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class DirectoryCategoryConfiguration : IEntityTypeConfiguration<DirectoryCategory>
{
    public void Configure(EntityTypeBuilder<DirectoryCategory> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(FieldLengths.Title);
        builder.HasOne(c => c.Municipality).WithMany()
            .HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.MunicipalityId, c.SortOrder });
    }
}
