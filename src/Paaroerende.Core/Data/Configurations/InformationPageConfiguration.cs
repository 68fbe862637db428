using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.GeneralInformation;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class InformationPageConfiguration : IEntityTypeConfiguration<InformationPage>
{
    public void Configure(EntityTypeBuilder<InformationPage> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(FieldLengths.Slug);
        builder.Property(p => p.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(p => p.Summary).HasMaxLength(FieldLengths.ShortText);
        builder.Property(p => p.BodyMarkdown).HasMaxLength(FieldLengths.Markdown);
        builder.HasOne(p => p.Municipality).WithMany()
            .HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.MunicipalityId, p.Slug }).IsUnique();
    }
}
