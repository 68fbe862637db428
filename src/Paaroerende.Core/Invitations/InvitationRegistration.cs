using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Invitations;

public static class InvitationRegistration
{
    /// <summary>Invitations to the portal: relatives, citizens, the relatives citizens nominate, and staff; each accepted once.</summary>
    public static IServiceCollection AddInvitations(this IServiceCollection services) =>
        services.AddScoped<RelativeInvitations>()
            .AddScoped<CitizenInvitations>()
            .AddScoped<OpenInvitations>()
            .AddScoped<CitizenNominations>()
            .AddScoped<StaffInvitations>();
}
