using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Paaroerende.Web.Forms;

/// <summary>Model binding's own messages ("the value is not valid") in the user's language, worded as what to do.</summary>
internal sealed class BindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => text["Binding_Invalid", field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["Binding_InvalidValue"]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["Binding_Invalid", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding_InvalidValue"]);
        messages.SetValueIsInvalidAccessor(_ => text["Binding_InvalidValue"]);
        messages.SetValueMustBeANumberAccessor(field => text["Binding_Number", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding_NumberValue"]);
        messages.SetValueMustNotBeNullAccessor(field => text["Validation_Required", field]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Validation_Required", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding_InvalidValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding_InvalidValue"]);
    }
}
