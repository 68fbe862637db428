using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Citizens;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CitizenMeetingConfiguration : IEntityTypeConfiguration<CitizenMeeting>
{
    public void Configure(EntityTypeBuilder<CitizenMeeting> builder)
    {
        builder.Property(m => m.Kind).StoredAsName();
        builder.Property(m => m.Topic).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(m => m.Place).HasMaxLength(FieldLengths.ShortText);
        builder.Property(m => m.Note).HasMaxLength(FieldLengths.LongText);
        builder.Property(m => m.CreatedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(m => m.CancelledByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(m => m.CancelReason).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne<Citizen>().WithMany().HasForeignKey(m => m.CitizenId).OnDelete(DeleteBehavior.Restrict);

        // A citizen's meetings in order.
        builder.HasIndex(m => new { m.CitizenId, m.StartsAtUtc });
    }
}
