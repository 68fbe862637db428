using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Administration;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Core.Identity;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class AdminAuditEntryConfiguration : IEntityTypeConfiguration<AdminAuditEntry>
{
    public void Configure(EntityTypeBuilder<AdminAuditEntry> builder)
    {
        builder.Property(a => a.ActorUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.ActorName).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.EntityType).StoredAsName();
        builder.Property(a => a.EntityId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.Action).StoredAsName();
        builder.Property(a => a.Summary).HasMaxLength(FieldLengths.ShortText);

        // Administrators read their municipality's log by period, optionally for one kind of entity.
        builder.HasIndex(a => new { a.MunicipalityId, a.OccurredAtUtc });
        builder.HasIndex(a => new { a.MunicipalityId, a.EntityType, a.OccurredAtUtc });
    }
}

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

internal sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> builder)
    {
        builder.Property(i => i.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(i => i.TokenHash).HasMaxLength(FieldLengths.TokenHash);
        builder.Property(i => i.InvitedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<PortalUser>().WithMany()
            .HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.UserId);
    }
}
