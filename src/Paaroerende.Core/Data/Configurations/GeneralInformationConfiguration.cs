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

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(o => o.Kind).StoredAsName();
        builder.Property(o => o.Description).HasMaxLength(FieldLengths.LongText);
        builder.Property(o => o.HowToApply).HasMaxLength(FieldLengths.LongText);
        builder.Property(o => o.LegalReference).HasMaxLength(FieldLengths.Name);
        builder.Property(o => o.ContactName).HasMaxLength(FieldLengths.Name);
        builder.Property(o => o.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Property(o => o.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(o => o.OpeningHours).HasMaxLength(FieldLengths.ShortText);
        builder.Property(o => o.WebAddress).HasMaxLength(FieldLengths.Url);
        builder.HasOne(o => o.Municipality).WithMany()
            .HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.MunicipalityId, o.SortOrder });
    }
}

internal sealed class RelativesCouncilConfiguration : IEntityTypeConfiguration<RelativesCouncil>
{
    public void Configure(EntityTypeBuilder<RelativesCouncil> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Description).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.ContactEmail).HasMaxLength(FieldLengths.Email);
        builder.HasOne(c => c.Municipality).WithMany()
            .HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Unit).WithMany()
            .HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UsefulLinkConfiguration : IEntityTypeConfiguration<UsefulLink>
{
    public void Configure(EntityTypeBuilder<UsefulLink> builder)
    {
        builder.Property(l => l.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(l => l.Url).HasMaxLength(FieldLengths.Url);
        builder.Property(l => l.Description).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne(l => l.Municipality).WithMany()
            .HasForeignKey(l => l.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
