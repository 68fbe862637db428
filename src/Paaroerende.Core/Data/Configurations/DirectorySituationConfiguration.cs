using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.ContactDirectory;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class DirectorySituationConfiguration : IEntityTypeConfiguration<DirectorySituation>
{
    public void Configure(EntityTypeBuilder<DirectorySituation> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(s => s.Description).HasMaxLength(FieldLengths.LongText);
        builder.HasOne(s => s.Category).WithMany(c => c.Situations)
            .HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CategoryId, s.SortOrder });
    }
}
