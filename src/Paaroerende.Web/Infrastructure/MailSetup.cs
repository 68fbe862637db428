using Paaroerende.Core.Mail;

namespace Paaroerende.Web.Infrastructure;

internal static class MailSetup
{
    /// <summary>Mails go to the pickup folder in Mail:Folder, or data/mail under the content root.</summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services, string contentRootPath) =>
        services.AddSingleton<IMailSender>(sp =>
        {
            var configured = sp.GetRequiredService<IConfiguration>()["Mail:Folder"];
            var folder = string.IsNullOrWhiteSpace(configured) ? Path.Combine(contentRootPath, "data", "mail") : configured;
            return new PickupFolderMailSender(folder, sp.GetRequiredService<TimeProvider>());
        });
}
