using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Messages;

public static class MessageRegistration
{
    public static IServiceCollection AddMessages(this IServiceCollection services) =>
        services.AddScoped<MessageAccess>().AddScoped<Conversations>();
}
