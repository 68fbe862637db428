using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Updates;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class UnitNewsRevisionConfiguration : IEntityTypeConfiguration<UnitNewsRevision>
{
    public void Configure(EntityTypeBuilder<UnitNewsRevision> builder)
    {
        builder.RevisionColumns();
        builder.HasOne<UnitNews>().WithMany()
            .HasForeignKey(r => r.NewsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.NewsId, r.RecordedAtUtc });
    }
}
