using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Paaroerende.Core.Data.Configurations;

internal static class ModelBuilderExtensions
{
    /// <summary>Enums are stored as their names: readable in the database and identical on every provider.</summary>
    public static PropertyBuilder<TEnum> StoredAsName<TEnum>(this PropertyBuilder<TEnum> property) =>
        property.HasConversion<string>().HasMaxLength(FieldLengths.Enum);

    /// <summary>The columns every earlier text of an update or a news item has.</summary>
    public static void RevisionColumns<TRevision>(this EntityTypeBuilder<TRevision> builder)
        where TRevision : Updates.TextRevision
    {
        builder.Property(r => r.Change).StoredAsName();
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(r => r.Body).HasMaxLength(FieldLengths.LongText);
        builder.Property(r => r.Reason).HasMaxLength(FieldLengths.ShortText);
        builder.Property(r => r.RecordedByUserId).HasMaxLength(FieldLengths.UserId);
    }

    public static void CalendarRevisionColumns<TRevision>(this EntityTypeBuilder<TRevision> builder)
        where TRevision : Calendar.CalendarRevision
    {
        builder.Property(r => r.Place).HasMaxLength(FieldLengths.ShortText);
        builder.Property(r => r.Reason).HasMaxLength(FieldLengths.ShortText);
        builder.Property(r => r.RecordedByUserId).HasMaxLength(FieldLengths.UserId);
    }
}
