using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Paaroerende.Core.Data;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Tenancy;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Mail;

/// <summary>A mail sender that fails a set number of times (or always) before it delivers.</summary>
public sealed class ScriptedMailSender(int failures = int.MaxValue) : IMailSender
{
    private int _calls;

    public ConcurrentQueue<OutgoingMail> Delivered { get; } = new();

    public int Calls => _calls;

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _calls) <= failures)
        {
            throw new InvalidOperationException("The mail server did not answer.");
        }

        Delivered.Enqueue(mail);
        return Task.CompletedTask;
    }
}

public static class MailWorld
{
    /// <summary>Services for a test portal whose outbox sender looks for due mails ten times a second.</summary>
    public static Action<IServiceCollection> FastOutbox(IMailSender? sender = null, int? maxAttempts = null) => services =>
    {
        services.Configure<OutboxOptions>(o =>
        {
            o.PollInterval = TimeSpan.FromMilliseconds(100);
            o.MaxAttempts = maxAttempts ?? o.MaxAttempts;
        });
        if (sender is not null)
        {
            services.RemoveAll<IMailSender>();
            services.AddSingleton(sender);
        }
    };

    /// <summary>Queues a mail the way pages do: in the same SaveChanges as the change it is about (here, a new municipality).</summary>
    public static async Task<Guid> QueueWithChangeAsync(
        this PortalFactory factory, string to, string subject = "Emne", string body = "Tekst", string? municipalitySlug = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var slug = municipalitySlug ?? $"m{Guid.NewGuid():N}"[..20];
        db.Municipalities.Add(new Municipality { Id = Guid.NewGuid(), Slug = slug, Name = "Testkommune" });
        scope.ServiceProvider.GetRequiredService<MailOutbox>().Enqueue(new OutgoingMail(to, subject, body));
        await db.SaveChangesAsync();
        return await db.OutboxMessages.Where(m => m.To == to).Select(m => m.Id).SingleAsync();
    }

    public static async Task<OutboxMessage> OutboxMessageAsync(this PortalFactory factory, Guid id)
    {
        await using var context = factory.Database.CreateContext();
        return await context.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public static Task<OutboxMessage> WaitForAsync(this PortalFactory factory, Guid id, Func<OutboxMessage, bool> condition, string what) =>
        Eventually.HappensAsync<OutboxMessage>(async () =>
        {
            var message = await factory.OutboxMessageAsync(id);
            return condition(message) ? message : null;
        }, what);

    /// <summary>The text of the only mail the pickup folder holds, once the outbox sender has written it.</summary>
    public static Task<string> SingleMailTextAsync(this PortalFactory factory) =>
        Eventually.HappensAsync<string>(() => Task.FromResult(
            Directory.Exists(factory.MailFolder) && Directory.GetFiles(factory.MailFolder, "*.eml") is [var only]
                ? File.ReadAllText(only)
                : null), "one mail in the pickup folder");
}
