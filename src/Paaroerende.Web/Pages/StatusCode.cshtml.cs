using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Paaroerende.Web.Pages;

/// <summary>
/// The page for 4xx answers. A citizen a relative may not see answers 404 exactly like one that does not exist, so
/// this page must show nothing that depends on why the answer was 404.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class StatusCodeModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        // Opened directly (not re-executed for another request): behave as a missing page.
        Code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null ? StatusCodes.Status404NotFound : code;
        Response.StatusCode = Code;
    }

    public void OnPost(int code) => OnGet(code);
}
