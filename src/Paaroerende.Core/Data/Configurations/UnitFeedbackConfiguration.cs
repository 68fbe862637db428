using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Data.Configurations;

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
