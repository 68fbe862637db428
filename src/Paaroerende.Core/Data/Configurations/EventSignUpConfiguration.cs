using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data.Configurations;

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
