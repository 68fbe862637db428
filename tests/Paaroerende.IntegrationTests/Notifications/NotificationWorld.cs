using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Notifications;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Notifications;

/// <summary>Runs a notification service in its own scope, and reads what it queued.</summary>
internal static class NotificationWorld
{
    public static async Task<T> WithServiceAsync<TService, T>(this PortalFactory factory, Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<List<OutboxMessage>> MailsToAsync(this PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.CreatedAtUtc).ToListAsync());

    /// <summary>
    /// The mails the background sender has written to the pickup folder for the address, once there are as many as
    /// expected (the outbox row's body is emptied when it is sent, so texts are read from the folder).
    /// </summary>
    public static Task<List<PickedUpMail>> DeliveredToAsync(this PortalFactory factory, string email, int expected) =>
        Eventually.HappensAsync(() =>
        {
            var mails = Directory.Exists(factory.MailFolder)
                ? Directory.GetFiles(factory.MailFolder, "*.eml").Select(PickupFolder.Read).Where(m => m.To == email)
                    .ToList()
                : [];
            return Task.FromResult(mails.Count >= expected ? mails : null);
        }, $"{expected} mails to {email} in the pickup folder");

    public static Task<List<SentNotification>> NoticesToAsync(this PortalFactory factory, string userId) =>
        factory.WithDbAsync(db => db.SentNotifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.QueuedAtUtc).ToListAsync());

    public static Task<int> RunExpiryAsync(this PortalFactory factory) =>
        factory.WithServiceAsync<ConsentExpiryNotices, int>(job => job.RunAsync());

    public static Task<int> RunDigestsAsync(this PortalFactory factory) =>
        factory.WithServiceAsync<DailyDigests, int>(job => job.RunAsync());

    public static Task<int> RunReadAlertsAsync(this PortalFactory factory) =>
        factory.WithServiceAsync<ReadAlerts, int>(job => job.RunAsync());

    public static async Task AddAsync(this PortalFactory factory, Action<PortalDbContext> add)
    {
        await factory.WithDbAsync(async db =>
        {
            add(db);
            return await db.SaveChangesAsync();
        });
    }
}
