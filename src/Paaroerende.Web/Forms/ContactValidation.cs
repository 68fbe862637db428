using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.ContactDirectory;

namespace Paaroerende.Web.Forms;

/// <summary>A Danish phone number (8 digits, spaces and +45 allowed; several separated by "eller"). Empty is allowed.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DanishPhoneAttribute : ValidationAttribute
{
    public DanishPhoneAttribute() => ErrorMessage = "Validation_Phone";

    public override bool IsValid(object? value) => value is not string text || text.Length == 0 || ContactRules.IsValidPhone(text);
}

/// <summary>A mail address by the same rule as the CSV import. Empty is allowed.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MailAddressAttribute : ValidationAttribute
{
    public MailAddressAttribute() => ErrorMessage = "Validation_Email";

    public override bool IsValid(object? value) => value is not string text || text.Length == 0 || ContactRules.IsValidEmail(text);
}

/// <summary>An http or https address; never javascript: or data:. Empty is allowed.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WebAddressAttribute : ValidationAttribute
{
    public WebAddressAttribute() => ErrorMessage = "Validation_Url";

    public override bool IsValid(object? value) => value is not string text || text.Length == 0 || ContactRules.IsValidWebAddress(text);
}

/// <summary>
/// MVC localizes a validation message only through an attribute adapter, and has adapters only for its own
/// attributes; this gives the portal's attributes one, so their message keys become Danish (or English) sentences.
/// </summary>
internal sealed class PortalValidationAttributeAdapterProvider : IValidationAttributeAdapterProvider
{
    private readonly ValidationAttributeAdapterProvider _builtIn = new();

    public IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute, IStringLocalizer? stringLocalizer) =>
        attribute switch
        {
            DanishPhoneAttribute phone => new LocalizedAdapter<DanishPhoneAttribute>(phone, stringLocalizer),
            MailAddressAttribute mail => new LocalizedAdapter<MailAddressAttribute>(mail, stringLocalizer),
            WebAddressAttribute web => new LocalizedAdapter<WebAddressAttribute>(web, stringLocalizer),
            PlausibleDayAttribute day => new LocalizedAdapter<PlausibleDayAttribute>(day, stringLocalizer),
            _ => _builtIn.GetAttributeAdapter(attribute, stringLocalizer),
        };

    /// <summary>Server-side messages only: the forms have no client-side validation (docs/adr/0006).</summary>
    private sealed class LocalizedAdapter<TAttribute>(TAttribute attribute, IStringLocalizer? localizer)
        : AttributeAdapterBase<TAttribute>(attribute, localizer)
        where TAttribute : ValidationAttribute
    {
        public override void AddValidation(ClientModelValidationContext context)
        {
        }

        public override string GetErrorMessage(ModelValidationContextBase validationContext)
        {
            ArgumentNullException.ThrowIfNull(validationContext);
            return GetErrorMessage(validationContext.ModelMetadata, validationContext.ModelMetadata.GetDisplayName());
        }
    }
}
