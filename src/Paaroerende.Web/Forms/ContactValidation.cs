using System.ComponentModel.DataAnnotations;
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
