using Paaroerende.Core.Mail;
using Paaroerende.Core.Notifications;

namespace Paaroerende.Web.Mail;

internal static class MailSetup
{
    /// <summary>
    /// Pages queue mails in the outbox (<see cref="MailOutbox"/>); the background <see cref="OutboxSender"/> delivers
    /// them through SMTP when Mail:Smtp:Host is set, otherwise to the pickup folder in Mail:Folder (data/mail under
    /// the content root), which is what Development uses. Every mail is composed by <see cref="PortalMails"/>, also
    /// the notification jobs' in Core (through <see cref="INotificationMails"/>).
    /// </summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services, string contentRootPath)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection(SmtpSettings.Section).Get<SmtpSettings>() ?? new SmtpSettings());
        services.AddSingleton<IMailSender>(sp =>
        {
            var smtp = sp.GetRequiredService<SmtpSettings>();
            if (!string.IsNullOrWhiteSpace(smtp.Host))
            {
                return new SmtpMailSender(smtp);
            }

            return new PickupFolderMailSender(PickupFolderOf(sp.GetRequiredService<IConfiguration>(), contentRootPath),
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<OutboxDelivery>();
        services.AddHostedService<OutboxSender>();
        services.AddSingleton<PortalMails>();
        services.AddSingleton<INotificationMails>(sp => sp.GetRequiredService<PortalMails>());
        return services;
    }

    public static string PickupFolderOf(IConfiguration configuration, string contentRootPath)
    {
        var configured = configuration["Mail:Folder"];
        return string.IsNullOrWhiteSpace(configured) ? Path.Combine(contentRootPath, "data", "mail") : configured;
    }
}
