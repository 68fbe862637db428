using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.ContactDirectory;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class DirectoryContactConfiguration : IEntityTypeConfiguration<DirectoryContact>
{
    public void Configure(EntityTypeBuilder<DirectoryContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Property(c => c.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(c => c.OpeningHours).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.WebAddress).HasMaxLength(FieldLengths.Url);
        builder.Property(c => c.Note).HasMaxLength(FieldLengths.LongText);
        builder.HasOne(c => c.Situation).WithMany(s => s.Contacts)
            .HasForeignKey(c => c.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SituationId, c.SortOrder });
    }
}
