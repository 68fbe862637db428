using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.FirstName).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.LastName).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(p => p.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Property(p => p.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Ignore(p => p.FullName);
        builder.HasOne<PortalUser>().WithMany()
            .HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        // Not unique: a relative nominated in two municipalities is two person records behind one sign-in.
        builder.HasIndex(p => p.UserId);
    }
}
