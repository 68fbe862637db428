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

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.Property(m => m.From).StoredAsName();
        builder.Property(m => m.AuthorUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(m => m.Body).HasMaxLength(Message.BodyLength);
        builder.HasOne<MessageThread>().WithMany().HasForeignKey(m => m.ThreadId).OnDelete(DeleteBehavior.Restrict);

        // A thread's messages in order.
        builder.HasIndex(m => new { m.ThreadId, m.SentAtUtc });
    }
}

internal sealed class MessageReadConfiguration : IEntityTypeConfiguration<MessageRead>
{
    public void Configure(EntityTypeBuilder<MessageRead> builder)
    {
        builder.HasKey(r => r.MessageId);
        builder.Property(r => r.ReaderUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Message>().WithMany().HasForeignKey(r => r.MessageId).OnDelete(DeleteBehavior.Restrict);
    }
}
