using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Mail;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(FieldLengths.Email);
        builder.Property(m => m.Subject).HasMaxLength(FieldLengths.Title);
        builder.Property(m => m.Body).HasMaxLength(FieldLengths.LongText);
        builder.Property(m => m.LastError).HasMaxLength(FieldLengths.ShortText);

        // The sender's question: which unsent messages are due?
        builder.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
    }
}
