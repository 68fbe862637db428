using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.CheckIns;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Tenancy;
using Paaroerende.Core.Updates;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class UnitNewsConfiguration : IEntityTypeConfiguration<UnitNews>
{
    public void Configure(EntityTypeBuilder<UnitNews> builder)
    {
        builder.ToTable("UnitNews");
        builder.Property(n => n.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(n => n.Body).HasMaxLength(FieldLengths.LongText);
        builder.Property(n => n.AuthorUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);

        // A unit's news, newest first.
        builder.HasIndex(n => new { n.UnitId, n.PublishedAtUtc });
    }
}

internal sealed class ExpectationAgreementConfiguration : IEntityTypeConfiguration<ExpectationAgreement>
{
    public void Configure(EntityTypeBuilder<ExpectationAgreement> builder)
    {
        builder.Property(a => a.RelativeDoes).HasMaxLength(FieldLengths.LongText);
        builder.Property(a => a.MunicipalityDoes).HasMaxLength(FieldLengths.LongText);
        builder.Property(a => a.HowWeTalk).HasMaxLength(FieldLengths.ShortText);
        builder.Property(a => a.ContactPerson).HasMaxLength(FieldLengths.ShortText);
        builder.Property(a => a.RecordedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Relation>().WithMany().HasForeignKey(a => a.RelationId).OnDelete(DeleteBehavior.Restrict);

        // One numbered line of versions per relation; two revisions at once cannot both become version 3.
        builder.HasIndex(a => new { a.RelationId, a.Version }).IsUnique();
    }
}

internal sealed class ExpectationAcknowledgementConfiguration : IEntityTypeConfiguration<ExpectationAcknowledgement>
{
    public void Configure(EntityTypeBuilder<ExpectationAcknowledgement> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne(a => a.Agreement).WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);

        // A version is acknowledged once.
        builder.HasIndex(a => a.AgreementId).IsUnique();
        builder.HasIndex(a => a.PersonId);
    }
}

internal sealed class WellbeingCheckInConfiguration : IEntityTypeConfiguration<WellbeingCheckIn>
{
    public void Configure(EntityTypeBuilder<WellbeingCheckIn> builder)
    {
        builder.Property(c => c.EnoughRest).StoredAsName();
        builder.Property(c => c.EnoughSupport).StoredAsName();
        builder.Property(c => c.Comment).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.ContactHow).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.HandledByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Relation>().WithMany().HasForeignKey(c => c.RelationId).OnDelete(DeleteBehavior.Restrict);

        // The relative's latest check-in; staff's open contact requests per relation.
        builder.HasIndex(c => new { c.RelationId, c.SubmittedAtUtc });
    }
}

internal sealed class UnitFeedbackConfiguration : IEntityTypeConfiguration<UnitFeedback>
{
    public void Configure(EntityTypeBuilder<UnitFeedback> builder)
    {
        builder.ToTable("UnitFeedback");
        builder.Property(f => f.Text).HasMaxLength(FieldLengths.LongText);
        builder.Property(f => f.HandledByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(f => f.Answer).HasMaxLength(FieldLengths.LongText);
        builder.Ignore(f => f.IsAnonymous);
        builder.HasOne<Unit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Citizen>().WithMany().HasForeignKey(f => f.CitizenId).OnDelete(DeleteBehavior.Restrict);

        // Staff read their unit's feedback, newest first.
        builder.HasIndex(f => new { f.UnitId, f.SubmittedOn });
    }
}

internal sealed class RelativeInvitationConfiguration : IEntityTypeConfiguration<RelativeInvitation>
{
    public void Configure(EntityTypeBuilder<RelativeInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(i => i.TokenHash).HasMaxLength(FieldLengths.TokenHash);
        builder.Property(i => i.InvitedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.PersonId);
    }
}
