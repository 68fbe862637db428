using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.ContactDirectory;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class DirectoryCategoryConfiguration : IEntityTypeConfiguration<DirectoryCategory>
{
    public void Configure(EntityTypeBuilder<DirectoryCategory> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(FieldLengths.Title);
        builder.HasOne(c => c.Municipality).WithMany()
            .HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.MunicipalityId, c.SortOrder });
    }
}

internal sealed class DirectorySituationConfiguration : IEntityTypeConfiguration<DirectorySituation>
{
    public void Configure(EntityTypeBuilder<DirectorySituation> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(s => s.Description).HasMaxLength(FieldLengths.LongText);
        builder.HasOne(s => s.Category).WithMany(c => c.Situations)
            .HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CategoryId, s.SortOrder });
    }
}

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
