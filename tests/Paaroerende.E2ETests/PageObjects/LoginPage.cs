using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Paaroerende.E2ETests.PageObjects;

/// <summary>The sign-in form at /Account/Login, driven the way a person would: by its labels and its button.</summary>
public sealed partial class LoginPage(IPage page)
{
    public const string Path = "/Account/Login";

    public IPage Page => page;

    /// <summary>The e-mail field, by its Danish label, falling back to the bound input's name.</summary>
    public ILocator Email => page.GetByLabel("E-mail", new() { Exact = true }).Or(page.Locator("input[name='Input.Email']")).First;

    public ILocator Password => page.GetByLabel("Adgangskode", new() { Exact = true }).Or(page.Locator("input[name='Input.Password']")).First;

    public ILocator SubmitButton => page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true });

    /// <summary>The DKFDS error summary above the form.</summary>
    public ILocator ErrorSummary => page.Locator("[data-error-summary]");

    public static async Task<LoginPage> OpenAsync(IPage page)
    {
        IResponse? response;
        try
        {
            response = await page.GotoAsync(Path);
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"The login page {Path} could not be opened: {e.Message.Split('\n')[0]}", e);
        }

        if (response is null || !response.Ok)
        {
            throw new InvalidOperationException(
                $"The login page {Path} answered {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}.");
        }

        return new LoginPage(page);
    }

    /// <summary>
    /// Fills the form and submits it; returns when the browser has left the login page, and fails with what the page
    /// says when it stays there.
    /// </summary>
    public async Task SignInAsync(string email, string password)
    {
        await SubmitAsync(email, password);
        try
        {
            // The address is enough to know the browser left the login page (see Arrival); waiting for the next page's
            // load event too once timed out on a busy machine although the signed-in page was already showing.
            await page.ArriveAtAsync(NotTheLoginPage(), timeout: 10_000);
        }
        catch (PlaywrightException e)
        {
            var text = await page.Locator("main").Or(page.Locator("body")).First.InnerTextAsync();
            throw new InvalidOperationException(
                $"Signing in as {email} did not leave the login page. The page says: {text.ReplaceLineEndings(" ").Trim()}", e);
        }

        await TwoFactorStep.CompleteIfAskedAsync(page, email);
    }

    /// <summary>Fills the form and submits it; the caller waits for what it expects to see next.</summary>
    public async Task SubmitAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SubmitButton.ClickAsync();
    }

    /// <summary>Any address but the login page's (its path may be followed by a query, as after a redirect to it).</summary>
    [GeneratedRegex(@"^(?!.*/Account/Login(\?|$))", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheLoginPage();
}
