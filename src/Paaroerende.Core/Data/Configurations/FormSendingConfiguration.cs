using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Sendings;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class FormSendingConfiguration : IEntityTypeConfiguration<FormSending>
{
    public void Configure(EntityTypeBuilder<FormSending> builder)
    {
        // The key is the claim: two sendings of one form at the same moment cannot both insert it.
        builder.HasKey(s => new { s.UserId, s.Key });
        builder.Property(s => s.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(s => s.Key).HasMaxLength(FormSendings.KeyLength);
        builder.Property(s => s.Location).HasMaxLength(FieldLengths.Url);

        // The retention job deletes them a day after they were claimed.
        builder.HasIndex(s => s.SentAtUtc);
    }
}
