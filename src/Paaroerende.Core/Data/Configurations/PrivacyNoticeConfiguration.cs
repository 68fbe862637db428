using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Privacy;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class PrivacyNoticeConfiguration : IEntityTypeConfiguration<PrivacyNotice>
{
    public void Configure(EntityTypeBuilder<PrivacyNotice> builder)
    {
        builder.HasKey(n => n.MunicipalityId);
        builder.Property(n => n.ControllerAddress).HasMaxLength(FieldLengths.ShortText);
        builder.Property(n => n.ControllerCvr).HasMaxLength(PrivacyNotice.CvrLength);
        builder.Property(n => n.ControllerEmail).HasMaxLength(FieldLengths.Email);
        builder.Property(n => n.ControllerPhone).HasMaxLength(FieldLengths.Phone);
        builder.Property(n => n.DpoName).HasMaxLength(FieldLengths.Name);
        builder.Property(n => n.DpoEmail).HasMaxLength(FieldLengths.Email);
        builder.Property(n => n.DpoPhone).HasMaxLength(FieldLengths.Phone);
        builder.Property(n => n.PurposesMarkdown).HasMaxLength(FieldLengths.LongText);
        builder.Property(n => n.LegalBasesMarkdown).HasMaxLength(FieldLengths.LongText);
        builder.HasOne(n => n.Municipality).WithOne()
            .HasForeignKey<PrivacyNotice>(n => n.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
