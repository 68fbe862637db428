using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Tenancy;
using Paaroerende.Core.Updates;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class UnitNewsConfiguration : IEntityTypeConfiguration<UnitNews>
{
    public void Configure(EntityTypeBuilder<UnitNews> builder)
    {
        builder.ToTable("UnitNews");
        builder.Property(n => n.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(n => n.Body).HasMaxLength(FieldLengths.LongText);
        builder.Property(n => n.AuthorUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);

        // A unit's news, newest first.
        builder.HasIndex(n => new { n.UnitId, n.PublishedAtUtc });
    }
}
