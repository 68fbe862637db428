using Microsoft.AspNetCore.Identity;

namespace Paaroerende.Core.Identity;

/// <summary>A sign-in. Which of the links is set depends on the role.</summary>
public class PortalUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>Staff and administrators belong to exactly one municipality.</summary>
    public Guid? MunicipalityId { get; set; }

    /// <summary>Relatives: the person they are.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>Citizens: the citizen they are.</summary>
    public Guid? CitizenId { get; set; }

    /// <summary>
    /// Set when an administrator deactivates a staff account. A deactivated user cannot sign in, and a session that is
    /// already open is refused on its next request (IdentitySetup checks this on every request).
    /// </summary>
    public DateTime? DeactivatedAtUtc { get; set; }
}
