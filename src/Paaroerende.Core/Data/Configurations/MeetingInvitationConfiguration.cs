using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class MeetingInvitationConfiguration : IEntityTypeConfiguration<MeetingInvitation>
{
    public void Configure(EntityTypeBuilder<MeetingInvitation> builder)
    {
        // An id of its own, so the copies of one's data list it like every other row; one invitation per meeting and person.
        builder.HasIndex(i => new { i.MeetingId, i.PersonId }).IsUnique();
        builder.Property(i => i.Reply).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(i => i.ReplyText).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne(i => i.Meeting).WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Relation>().WithMany().HasForeignKey(i => i.RelationId).OnDelete(DeleteBehavior.Restrict);

        // A relative's invitations; the retention purge's look-up by relation.
        builder.HasIndex(i => i.PersonId);
        builder.HasIndex(i => i.RelationId);
    }
}
