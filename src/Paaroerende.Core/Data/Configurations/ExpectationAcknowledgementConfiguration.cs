using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data.Configurations;

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
