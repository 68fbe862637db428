using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Paaroerende.Web.Forms;

/// <summary>
/// Gives every validation attribute without its own message a shared, Danish-first message key
/// (SharedResource "Validation_*"), so page models write plain <c>[Required]</c> and <c>[StringLength(200)]</c> and
/// never show the framework's English defaults.
/// </summary>
internal sealed class ValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessageResourceName is not null || HasOwnMessage(attribute))
            {
                continue;
            }

            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => "Validation_Required",
                StringLengthAttribute or MaxLengthAttribute => "Validation_StringLength",
                EmailAddressAttribute => "Validation_Email",
                PhoneAttribute => "Validation_Phone",
                UrlAttribute => "Validation_Url",
                CompareAttribute => "Validation_Compare",
                _ => null,
            };
        }
    }

    /// <summary>
    /// [EmailAddress], [Phone] and [Url] report the framework's English default as their ErrorMessage, so "has its own
    /// message" means: differs from what a fresh attribute of the same kind says.
    /// </summary>
    private static bool HasOwnMessage(ValidationAttribute attribute) => attribute switch
    {
        EmailAddressAttribute => attribute.ErrorMessage != new EmailAddressAttribute().ErrorMessage,
        PhoneAttribute => attribute.ErrorMessage != new PhoneAttribute().ErrorMessage,
        UrlAttribute => attribute.ErrorMessage != new UrlAttribute().ErrorMessage,
        _ => attribute.ErrorMessage is not null,
    };
}

/// <summary>
/// Looks a data-annotation text up in the page's own resources first (field labels live beside the page's other
/// texts, Resources/Pages/Area/Page.resx), then in SharedResource (the validation messages).
/// </summary>
internal sealed class PageFirstStringLocalizer(IStringLocalizer page, IStringLocalizer shared) : IStringLocalizer
{
    private const string PagesNamespace = "Paaroerende.Web.Pages";

    public LocalizedString this[string name] => First(page[name], () => shared[name]);

    public LocalizedString this[string name, params object[] arguments] =>
        First(page[name, arguments], () => shared[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        page.GetAllStrings(includeParentCultures).Concat(shared.GetAllStrings(includeParentCultures));

    /// <summary>The localizer for a model type: an input model nested in a page model reads that page's resources.</summary>
    public static IStringLocalizer For(Type modelType, IStringLocalizerFactory factory)
    {
        var shared = factory.Create(typeof(SharedResource));
        var owner = modelType.DeclaringType ?? modelType;
        if (owner.Namespace?.StartsWith(PagesNamespace, StringComparison.Ordinal) != true
            || !owner.Name.EndsWith("Model", StringComparison.Ordinal))
        {
            return shared;
        }

        // The same resource the page's IViewLocalizer reads: Resources/Pages/<Area>/<Page>.resx.
        var baseName = $"{owner.Namespace["Paaroerende.Web.".Length..]}.{owner.Name[..^"Model".Length]}";
        return new PageFirstStringLocalizer(factory.Create(baseName, "Paaroerende.Web"), shared);
    }

    private static LocalizedString First(LocalizedString found, Func<LocalizedString> fallback) =>
        found.ResourceNotFound ? fallback() : found;
}
