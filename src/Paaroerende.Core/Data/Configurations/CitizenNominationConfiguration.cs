using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CitizenNominationConfiguration : IEntityTypeConfiguration<CitizenNomination>
{
    public void Configure(EntityTypeBuilder<CitizenNomination> builder)
    {
        builder.Property(n => n.FirstName).HasMaxLength(FieldLengths.Name);
        builder.Property(n => n.LastName).HasMaxLength(FieldLengths.Name);
        builder.Property(n => n.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(n => n.Kind).StoredAsName();
        builder.Property(n => n.TokenHash).HasMaxLength(FieldLengths.TokenHash);
        builder.Property(n => n.NominatedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Ignore(n => n.FullName);
        builder.HasOne<Citizen>().WithMany().HasForeignKey(n => n.CitizenId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Topics).WithOne().HasForeignKey(t => t.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => n.TokenHash).IsUnique();
        builder.HasIndex(n => n.CitizenId);
        // No foreign key to the relation: the nomination is the citizen's request, not part of the relation's data
        // (a relative's copy of their data leaves it out, docs/adr/0043); the index serves the staff page's question.
        builder.HasIndex(n => n.RelationId);
    }
}

internal sealed class CitizenNominationTopicConfiguration : IEntityTypeConfiguration<CitizenNominationTopic>
{
    public void Configure(EntityTypeBuilder<CitizenNominationTopic> builder)
    {
        builder.HasKey(t => new { t.NominationId, t.Topic });
        builder.Property(t => t.Topic).StoredAsName();
        builder.Property(t => t.Level).StoredAsName();
    }
}
