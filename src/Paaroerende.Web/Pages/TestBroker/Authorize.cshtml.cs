using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Paaroerende.Web.MitId;
using Paaroerende.Web.TestBroker;

namespace Paaroerende.Web.Pages.TestBroker;

/// <summary>
/// The test broker's sign-in page, like MitID's test tools: pick a test person and the assurance level the token
/// asserts, or cancel. Development and tests only (docs/adr/0035); every other environment answers 404. The form
/// posts the authorization request's parameters back with the choice, so no state is kept between the two requests.
/// </summary>
[AllowAnonymous]
public class AuthorizeModel(IWebHostEnvironment environment) : PageModel
{
    public const string OtherPerson = "anden";

    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; private set; } = [];

    [BindProperty]
    public string Person { get; set; } = TestPerson.Known[0].Key;

    [BindProperty]
    public string Level { get; set; } = AssuranceLevels.Substantial;

    /// <summary>"Another person"'s subject, to sign in as the same made-up person again; empty: a new one.</summary>
    [BindProperty]
    public string? OtherSubject { get; set; }

    /// <summary>True when the portal asks as a client of Hvidovre's staff provider: the page offers employees.</summary>
    public bool ForStaff { get; private set; }

    /// <summary>Staff: the employee's usual groups ("usual") or exactly the ticked ones ("chosen").</summary>
    [BindProperty]
    public string GroupChoice { get; set; } = UsualGroups;

    [BindProperty]
    public List<string> Groups { get; set; } = [];

    /// <summary>Staff: whether the employee used a second factor at the provider ("mfa") or a password only ("pwd").</summary>
    [BindProperty]
    public string Factor { get; set; } = "mfa";

    public const string UsualGroups = "usual";

    public IActionResult OnGet()
    {
        if (!TestBrokerSetup.IsEnabled(environment) || HttpContext.GetOpenIddictServerRequest() is not { } request)
        {
            return NotFound();
        }

        Parameters = ParametersOf(request);
        ForStaff = request.ClientId == TestBrokerSetup.StaffClientId;
        Person = ForStaff ? TestPerson.Employees[0].Person.Key : Person;
        return Page();
    }

    public IActionResult OnPost(string? choice)
    {
        if (!TestBrokerSetup.IsEnabled(environment) || HttpContext.GetOpenIddictServerRequest() is not { } request)
        {
            return NotFound();
        }

        if (choice == "cancel")
        {
            // What MitID answers when the person cancels: access_denied, back at the portal.
            return Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = OpenIddictConstants.Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "Brugeren afbrød login.",
            }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.ClientId == TestBrokerSetup.StaffClientId)
        {
            return SignInEmployee();
        }

        var person = Person == OtherPerson
            ? new TestPerson(OtherPerson, Guid.TryParse(OtherSubject, out var subject) ? subject.ToString() : Guid.NewGuid().ToString(), "Anden Testperson")
            : TestPerson.Known.FirstOrDefault(p => p.Key == Person);
        if (person is null || !AssuranceLevels.All.Contains(Level))
        {
            return BadRequest();
        }

        return SignIn(TestBrokerSetup.PrincipalFor(person, Level), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private IActionResult SignInEmployee()
    {
        var known = TestPerson.Employees.FirstOrDefault(e => e.Person.Key == Person);
        var person = Person == OtherPerson
            ? new TestPerson(OtherPerson, Guid.TryParse(OtherSubject, out var subject) ? subject.ToString() : Guid.NewGuid().ToString(), "Anden Medarbejder")
            : known.Person;
        if (person is null || Factor is not ("mfa" or "pwd") || Groups.Any(g => !TestPerson.Groups.Contains(g)))
        {
            return BadRequest();
        }

        var groups = GroupChoice == UsualGroups ? known.Groups ?? [] : Groups.Distinct().ToArray();
        return SignIn(TestBrokerSetup.StaffPrincipalFor(person, groups, Factor == "mfa"), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The request's own parameters, without what this page's form adds itself.</summary>
    private static List<KeyValuePair<string, string>> ParametersOf(OpenIddictRequest request) =>
        request.GetParameters()
            .Where(p => p.Key is not (nameof(Person) or nameof(Level) or nameof(OtherSubject) or nameof(GroupChoice) or nameof(Groups)
                or nameof(Factor) or "choice" or "__RequestVerificationToken"))
            .Select(p => new KeyValuePair<string, string>(p.Key, (string?)p.Value ?? ""))
            .ToList();
}
