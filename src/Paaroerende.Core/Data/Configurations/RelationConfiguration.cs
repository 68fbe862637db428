using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class RelationConfiguration : IEntityTypeConfiguration<Relation>
{
    public void Configure(EntityTypeBuilder<Relation> builder)
    {
        builder.Property(r => r.Kind).StoredAsName();
        builder.Property(r => r.NominationMethod).StoredAsName();
        builder.Property(r => r.EndedBy).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(r => r.RecordedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(r => r.EndedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(r => r.EndReason).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne(r => r.Citizen).WithMany()
            .HasForeignKey(r => r.CitizenId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Person).WithMany()
            .HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);

        // The gate looks relations up by (person, citizen); the citizen's page lists them by citizen.
        builder.HasIndex(r => new { r.PersonId, r.CitizenId });
        builder.HasIndex(r => r.CitizenId);
    }
}
