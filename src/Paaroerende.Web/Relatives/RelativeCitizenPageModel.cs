using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// A relatives' page about one citizen (/Relatives/Citizen/{citizenId}/…), reached only through
/// <see cref="RelativeAccessFilter"/>. Its view builds its links from <see cref="CitizenId"/>, the citizen the filter
/// admitted, instead of reading the route again.
/// </summary>
public abstract class RelativeCitizenPageModel : PageModel
{
    /// <summary>The citizen access was granted for; a view is rendered only after the grant.</summary>
    public Guid CitizenId => HttpContext.Access<RelativeAccess>().CitizenId;
}
