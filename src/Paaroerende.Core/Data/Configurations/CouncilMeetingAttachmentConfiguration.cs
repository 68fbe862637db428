using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.GeneralInformation;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CouncilMeetingAttachmentConfiguration : IEntityTypeConfiguration<CouncilMeetingAttachment>
{
    public void Configure(EntityTypeBuilder<CouncilMeetingAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.ContentType).HasMaxLength(FieldLengths.Enum);
        builder.Property(a => a.AltText).HasMaxLength(AttachmentIntake.MaxAltText);
        builder.Property(a => a.UploadedByUserId).HasMaxLength(FieldLengths.UserId);

        // The database removes a meeting's files with the meeting, also when a whole council is deleted.
        builder.HasOne<CouncilMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MeetingId, a.UploadedAtUtc });
    }
}
