using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Updates;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CitizenUpdateRevisionConfiguration : IEntityTypeConfiguration<CitizenUpdateRevision>
{
    public void Configure(EntityTypeBuilder<CitizenUpdateRevision> builder)
    {
        builder.RevisionColumns();
        builder.HasOne<CitizenUpdate>().WithMany()
            .HasForeignKey(r => r.UpdateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.UpdateId, r.RecordedAtUtc });
    }
}
