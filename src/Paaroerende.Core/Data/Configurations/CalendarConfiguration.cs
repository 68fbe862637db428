using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class UnitEventConfiguration : IEntityTypeConfiguration<UnitEvent>
{
    public void Configure(EntityTypeBuilder<UnitEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(e => e.Description).HasMaxLength(UnitEvent.DescriptionLength);
        builder.Property(e => e.Place).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.CreatedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(e => e.CancelledByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(e => e.CancelReason).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);

        // A unit's coming events in order.
        builder.HasIndex(e => new { e.UnitId, e.StartsAtUtc });
    }
}

internal sealed class EventSignUpConfiguration : IEntityTypeConfiguration<EventSignUp>
{
    public void Configure(EntityTypeBuilder<EventSignUp> builder)
    {
        // An id of its own, so the copies of one's data list it like every other row; one sign-up per event and person.
        builder.HasIndex(s => new { s.EventId, s.PersonId }).IsUnique();
        builder.Property(s => s.UserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<UnitEvent>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.PersonId);
    }
}

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

internal sealed class UnitEventRevisionConfiguration : IEntityTypeConfiguration<UnitEventRevision>
{
    public void Configure(EntityTypeBuilder<UnitEventRevision> builder)
    {
        builder.CalendarRevisionColumns();
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(r => r.Description).HasMaxLength(UnitEvent.DescriptionLength);
        builder.HasOne<UnitEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.EventId, r.RecordedAtUtc });
    }
}
