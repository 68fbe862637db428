using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Updates;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CitizenUpdateConfiguration : IEntityTypeConfiguration<CitizenUpdate>
{
    public void Configure(EntityTypeBuilder<CitizenUpdate> builder)
    {
        builder.Property(u => u.Topic).StoredAsName();
        builder.Property(u => u.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(u => u.Body).HasMaxLength(FieldLengths.LongText);
        builder.Property(u => u.AuthorUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Citizen>().WithMany()
            .HasForeignKey(u => u.CitizenId).OnDelete(DeleteBehavior.Restrict);

        // The relative's citizen page: this citizen's updates in the allowed topics, newest first.
        builder.HasIndex(u => new { u.CitizenId, u.Topic, u.PublishedAtUtc });

        // The staff's updates page: all of this citizen's updates, newest first, a page at a time.
        builder.HasIndex(u => new { u.CitizenId, u.PublishedAtUtc });
    }
}
