using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Messages;

namespace Paaroerende.Core.Data.Configurations;

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
