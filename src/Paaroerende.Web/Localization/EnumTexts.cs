using Microsoft.Extensions.Localization;

namespace Paaroerende.Web.Localization;

/// <summary>
/// Display texts for the domain's enums (topics, levels, bases, kinds of relation, ...), one resource file for all
/// pages: Resources/Localization/EnumTexts.resx with keys "TypeName_Value".
/// </summary>
public sealed class EnumTexts(IStringLocalizer<EnumTexts> localizer)
{
    public string this[Enum value]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(value);
            return localizer[$"{value.GetType().Name}_{value}"];
        }
    }
}
