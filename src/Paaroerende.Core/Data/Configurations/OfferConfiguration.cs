using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.GeneralInformation;

namespace Paaroerende.Core.Data.Configurations;

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
