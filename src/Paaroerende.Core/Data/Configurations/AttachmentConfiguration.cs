using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Attachments;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.OwnerKind).StoredAsName();
        builder.Property(a => a.FileName).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.ContentType).HasMaxLength(FieldLengths.Enum);
        builder.Property(a => a.AltText).HasMaxLength(AttachmentIntake.MaxAltText);
        builder.Property(a => a.UploadedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Ignore(a => a.IsImage);

        // An item's attachments, in the order they were added: the pages list them by their item.
        builder.HasIndex(a => new { a.OwnerKind, a.OwnerId, a.UploadedAtUtc });
    }
}
