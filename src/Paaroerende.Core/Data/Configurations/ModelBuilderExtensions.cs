using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Paaroerende.Core.Data.Configurations;

internal static class ModelBuilderExtensions
{
    /// <summary>Enums are stored as their names: readable in the database and identical on every provider.</summary>
    public static PropertyBuilder<TEnum> StoredAsName<TEnum>(this PropertyBuilder<TEnum> property) =>
        property.HasConversion<string>().HasMaxLength(FieldLengths.Enum);
}
