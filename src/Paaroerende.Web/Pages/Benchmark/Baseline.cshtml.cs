using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Benchmark;

/// <summary>
/// The benchmark's yardstick (docs/adr/0015): a signed-in page in the same app, with the same layout and pipeline,
/// doing one indexed query and no consent logic, so the benchmark reports the relatives' pages as ratios to it. It
/// exists only where Benchmark:BaselinePage is true (BenchmarkSetup); it shows the user nothing but their own name.
/// </summary>
public class BaselineModel(PortalDbContext db) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var userId = PortalClaims.UserIdOf(User);
        DisplayName = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName)
            .SingleAsync(HttpContext.RequestAborted);
    }
}
