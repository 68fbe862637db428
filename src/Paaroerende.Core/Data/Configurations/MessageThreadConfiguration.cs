using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Messages;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> builder)
    {
        builder.Property(t => t.Topic).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(t => t.Subject).HasMaxLength(FieldLengths.Title);
        builder.Property(t => t.StartedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Citizen>().WithMany().HasForeignKey(t => t.CitizenId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Relation>().WithMany().HasForeignKey(t => t.RelationId).OnDelete(DeleteBehavior.Restrict);

        // A relative's threads about a citizen; the unit's threads come through its citizens.
        builder.HasIndex(t => new { t.CitizenId, t.PersonId });
        builder.HasIndex(t => t.PersonId);
        builder.HasIndex(t => t.RelationId);
    }
}
