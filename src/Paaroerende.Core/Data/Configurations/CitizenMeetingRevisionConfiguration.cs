using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CitizenMeetingRevisionConfiguration : IEntityTypeConfiguration<CitizenMeetingRevision>
{
    public void Configure(EntityTypeBuilder<CitizenMeetingRevision> builder)
    {
        builder.CalendarRevisionColumns();
        builder.Property(r => r.Note).HasMaxLength(FieldLengths.LongText);
        builder.HasOne<CitizenMeeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MeetingId, r.RecordedAtUtc });
    }
}
