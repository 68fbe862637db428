using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

// The benchmark's yardstick for the portal's per-request pipeline (docs/performance.md, "The pipeline"): the least a
// signed-in, consent-gated page needs — cookie authentication, a consent check and the ten newest updates, EF Core on
// the database the benchmark filled — with none of the portal's middleware, layout or account checks. It signs anyone
// in by e-mail alone, so it answers only requests from this machine.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddDbContext<PortalDbContext>((sp, options) => DatabaseRegistration.Configure(
    options, DatabaseSettings.From(sp.GetRequiredService<IConfiguration>(), builder.Environment.ContentRootPath)));
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options => options.Cookie.Name = "MinimalPage.Auth");
builder.Services.AddAuthorization();
builder.Services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/"));

var app = builder.Build();
app.Use((context, next) =>
{
    if (context.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address))
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    return next(context);
});
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapPost("/sign-in", SignInAsync).AllowAnonymous();
app.MapGet("/health", () => "Healthy").AllowAnonymous();
await app.RunAsync();

// The benchmark's relatives sign in here with the e-mail of their portal sign-in; the cookie carries their person.
static async Task<IResult> SignInAsync(HttpContext context, PortalDbContext db)
{
    var form = await context.Request.ReadFormAsync(context.RequestAborted);
    var email = form["email"].ToString().ToUpperInvariant();
    var user = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email && u.PersonId != null)
        .Select(u => new { u.Id, u.PersonId }).SingleOrDefaultAsync(context.RequestAborted);
    if (user is null)
    {
        return Results.Unauthorized();
    }

    var identity = new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(MinimalClaims.PersonId, user.PersonId!.Value.ToString())],
        CookieAuthenticationDefaults.AuthenticationScheme);
    await context.SignInAsync(new ClaimsPrincipal(identity));
    return Results.Redirect("/");
}

internal static class MinimalClaims
{
    public const string PersonId = "person";
}
