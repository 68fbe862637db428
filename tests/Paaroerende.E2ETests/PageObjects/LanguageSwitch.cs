using Microsoft.Playwright;

namespace Paaroerende.E2ETests.PageObjects;

/// <summary>
/// The layout's language switch: a form posting the field "culture". Works whether the choice is a button per
/// language, a hidden field with a submit button, or a select.
/// </summary>
public sealed class LanguageSwitch(IPage page)
{
    public ILocator Forms => page.Locator("form").Filter(new() { Has = page.Locator("[name='culture']") });

    /// <summary>Submits the switch for <paramref name="culture"/> ("en", "da"); the value may carry a region ("da-DK").</summary>
    public async Task ChooseAsync(string culture)
    {
        var value = $"[value='{culture}'], [value^='{culture}-']";
        var buttons = Forms.Locator($"button[name='culture']:is({value}), input[type='submit'][name='culture']:is({value})");
        if (await buttons.CountAsync() > 0)
        {
            await buttons.First.ClickAsync();
            return;
        }

        var hidden = Forms.Filter(new() { Has = page.Locator($"input[type='hidden'][name='culture']:is({value})") });
        if (await hidden.CountAsync() > 0)
        {
            await hidden.First.Locator("button, input[type='submit']").First.ClickAsync();
            return;
        }

        var select = Forms.Locator("select[name='culture']");
        if (await select.CountAsync() > 0)
        {
            var option = await select.First.Locator($"option:is({value})").First.GetAttributeAsync("value");
            await select.First.SelectOptionAsync(option!);
            var submit = Forms.Filter(new() { Has = select.First }).Locator("button, input[type='submit']");
            if (await submit.CountAsync() > 0)
            {
                await submit.First.ClickAsync();
            }

            return;
        }

        throw new InvalidOperationException(
            $"No language switch offers '{culture}' on {page.Url}: expected a form posting the field 'culture'. " +
            $"Forms with a 'culture' field: {await Forms.CountAsync()}.");
    }
}
