using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Updates;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CitizenUpdateConfiguration : IEntityTypeConfiguration<CitizenUpdate>
{
    public void Configure(EntityTypeBuilder<CitizenUpdate> builder)
    {
        builder.Property(u => u.Topic).StoredAsName();
        builder.Property(u => u.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(u => u.Body).HasMaxLength(FieldLengths.LongText);
        builder.Property(u => u.AuthorUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Citizen>().WithMany()
            .HasForeignKey(u => u.CitizenId).OnDelete(DeleteBehavior.Restrict);

        // The relative's citizen page: this citizen's updates in the allowed topics, newest first.
        builder.HasIndex(u => new { u.CitizenId, u.Topic, u.PublishedAtUtc });
    }
}

internal sealed class CitizenUpdateRevisionConfiguration : IEntityTypeConfiguration<CitizenUpdateRevision>
{
    public void Configure(EntityTypeBuilder<CitizenUpdateRevision> builder)
    {
        builder.RevisionColumns();
        builder.HasOne<CitizenUpdate>().WithMany()
            .HasForeignKey(r => r.UpdateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.UpdateId, r.RecordedAtUtc });
    }
}

internal sealed class UnitNewsRevisionConfiguration : IEntityTypeConfiguration<UnitNewsRevision>
{
    public void Configure(EntityTypeBuilder<UnitNewsRevision> builder)
    {
        builder.RevisionColumns();
        builder.HasOne<UnitNews>().WithMany()
            .HasForeignKey(r => r.NewsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.NewsId, r.RecordedAtUtc });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.ActorUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.Action).StoredAsName();
        builder.Property(a => a.Outcome).StoredAsName();
        builder.Property(a => a.Topic).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(a => a.Detail).HasMaxLength(FieldLengths.ShortText);

        // Staff read a citizen's log by period; the citizen sees who looked.
        builder.HasIndex(a => new { a.CitizenId, a.OccurredAtUtc });
        builder.HasIndex(a => new { a.PersonId, a.OccurredAtUtc });

        // What a sign-in did, for its data export (GDPR art. 15): without it the export read the whole log.
        builder.HasIndex(a => new { a.ActorUserId, a.OccurredAtUtc });
    }
}
