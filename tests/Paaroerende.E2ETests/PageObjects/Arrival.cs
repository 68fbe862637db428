using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Paaroerende.E2ETests.PageObjects;

/// <summary>
/// Waiting for the browser to reach a page, the one way the tests do it. Not <c>IPage.WaitForURLAsync</c>: when the
/// address already matches (a click has committed the navigation before the wait starts), it waits for the load event
/// on the client side, and in Playwright for .NET that wait checks the load states and then subscribes, so a load event
/// arriving between the two is missed and the wait times out; a CI run was lost to it ("NetworkIdle" fired, load never
/// seen). The assertion polls the address in the browser instead; what the test needs next, its locators wait for.
/// </summary>
public static class Arrival
{
    /// <summary>As long as a navigation may take (PortalInChromium), longer than an assertion: a sign-in on a busy run is slow.</summary>
    private const float Timeout = 30_000;

    public static Task ArriveAtAsync(this IPage page, Regex url, float timeout = Timeout)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = timeout });
    }
}
