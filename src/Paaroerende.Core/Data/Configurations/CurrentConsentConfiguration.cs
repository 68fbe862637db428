using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CurrentConsentConfiguration : IEntityTypeConfiguration<CurrentConsent>
{
    public void Configure(EntityTypeBuilder<CurrentConsent> builder)
    {
        builder.HasKey(c => new { c.RelationId, c.Topic, c.Basis });
        builder.Property(c => c.Topic).StoredAsName();
        builder.Property(c => c.Basis).StoredAsName();
        builder.Property(c => c.Level).StoredAsName();
        builder.HasOne<Relation>().WithMany()
            .HasForeignKey(c => c.RelationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsentRecord>().WithMany()
            .HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Restrict);

        // The gate reads a relation's lines by the primary key; the kept-out check looks across a person's relations
        // to one citizen.
        builder.HasIndex(c => new { c.PersonId, c.CitizenId, c.Topic });
        builder.HasIndex(c => c.RecordId);
    }
}
