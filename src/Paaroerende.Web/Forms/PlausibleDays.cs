using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Paaroerende.Web.Forms;

/// <summary>
/// Every date a form or a filter takes (a <see cref="DateOnly"/>, also as a dictionary's value) must lie between
/// 1 January 1900 and 31 December 2199. A date field accepts 0001-01-01 and 9999-12-31, and the portal's sums with
/// a day (a period's end is the start of the day after its last) had no day after the last one to give: a server
/// error. No birth date, consent, meeting or filter of the portal's users comes near either bound.
/// </summary>
internal sealed class PlausibleDays : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType) == typeof(DateOnly))
        {
            // A dictionary's value (a date per topic) is a KeyValuePair's "Value": no name to put in the message.
            var container = context.Key.ContainerType;
            var pairValue = container is { IsGenericType: true } && container.GetGenericTypeDefinition() == typeof(KeyValuePair<,>);
            var named = context.Key.MetadataKind == ModelMetadataKind.Property && !pairValue;
            context.ValidationMetadata.ValidatorMetadata.Add(
                new PlausibleDayAttribute { ErrorMessage = named ? "Validation_DayRange" : "Validation_DayRangeUnnamed" });
        }
    }
}

/// <summary>A day between <see cref="First"/> and <see cref="Last"/>; see <see cref="PlausibleDays"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlausibleDayAttribute : ValidationAttribute
{
    public static readonly DateOnly First = new(1900, 1, 1);

    public static readonly DateOnly Last = new(2199, 12, 31);

    public PlausibleDayAttribute() => ErrorMessage = "Validation_DayRange";

    public override bool IsValid(object? value) => value is not DateOnly day || (day >= First && day <= Last);
}
