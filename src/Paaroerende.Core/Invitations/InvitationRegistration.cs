using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Invitations;

public static class InvitationRegistration
{
    /// <summary>Invitations to the portal: relatives, citizens and staff, each accepted once.</summary>
    public static IServiceCollection AddInvitations(this IServiceCollection services) =>
        services.AddScoped<Relatives.RelativeInvitations>()
            .AddScoped<Citizens.CitizenInvitations>()
            .AddScoped<Relatives.CitizenNominations>()
            .AddScoped<Identity.StaffInvitations>();
}
