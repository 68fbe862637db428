using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data.Configurations;

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
