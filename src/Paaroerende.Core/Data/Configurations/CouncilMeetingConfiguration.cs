using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.GeneralInformation;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CouncilMeetingConfiguration : IEntityTypeConfiguration<CouncilMeeting>
{
    public void Configure(EntityTypeBuilder<CouncilMeeting> builder)
    {
        builder.Property(m => m.Details).HasMaxLength(FieldLengths.ShortText);
        builder.Property(m => m.MinutesMarkdown).HasMaxLength(FieldLengths.Markdown);
        builder.HasOne(m => m.Council).WithMany()
            .HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.CouncilId, m.MeetingDate });
    }
}
