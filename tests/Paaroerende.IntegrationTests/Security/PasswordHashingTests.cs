using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>
/// The cap on concurrent password hashing (docs/adr/0013), and the rule it must keep: an unknown address, a locked or
/// a deactivated account cost exactly one password verification, the same as a wrong password — counted, not timed.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the test through IAsyncLifetime.DisposeAsync.")]
public sealed class PasswordHashingTests : IAsyncLifetime
{
    private readonly HasherCalls _calls = new();
    private PortalFactory _portal = null!;
    private WebApplicationFactory<Program> _capped = null!;

    public async Task InitializeAsync()
    {
        _portal = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), services: services =>
        {
            services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<PortalUser>>(sp =>
                new CountingHasher(ActivatorUtilities.CreateInstance<CappedPasswordHasher>(sp), _calls)));
            ClientAddresses.Add(services);
        });
        _capped = _portal.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["PasswordHashing:MaxConcurrent"] = "1",
                ["PasswordHashing:MaxWait"] = "00:00:00.200",
            })));
        _ = _capped.Server;
    }

    public async Task DisposeAsync()
    {
        await _capped.DisposeAsync();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task An_unknown_address_a_locked_and_a_deactivated_account_cost_one_verification_like_a_wrong_password()
    {
        var wrong = await CreateUserAsync();
        var locked = await CreateUserAsync(u => u.LockoutEnd = DateTimeOffset.UtcNow.AddHours(1));
        var deactivated = await CreateUserAsync(u => u.DeactivatedAtUtc = DateTime.UtcNow);

        var (unknownCalls, unknownPage) = await SignInCountingAsync($"ingen-{Guid.NewGuid():N}@test.example");
        var (wrongCalls, wrongPage) = await SignInCountingAsync(wrong);
        var (lockedCalls, lockedPage) = await SignInCountingAsync(locked);
        var (deactivatedCalls, deactivatedPage) = await SignInCountingAsync(deactivated);

        Assert.Equal(new Verifications(1, 0), wrongCalls);
        Assert.Equal(wrongCalls, unknownCalls);
        Assert.Equal(wrongCalls, lockedCalls);
        Assert.Equal(wrongCalls, deactivatedCalls);
        Assert.Equal(wrongPage, unknownPage);
        Assert.Equal(wrongPage, lockedPage); // no page of its own for a locked account: it would name the address
        Assert.Equal(wrongPage, deactivatedPage);
    }

    [Fact]
    public async Task With_every_slot_taken_sign_in_fails_closed_with_try_again_for_known_and_unknown_addresses_alike()
    {
        var email = await CreateUserAsync();
        var gate = _capped.Services.GetRequiredService<PasswordHashingGate>();
        var slot = await HeldSlot.TakeAsync(gate);

        HttpResponseMessage known, unknown;
        Verifications calls;
        try
        {
            _calls.Reset();
            known = await PostLoginAsync(email, TestUsers.Password);
            unknown = await PostLoginAsync($"ingen-{Guid.NewGuid():N}@test.example", TestUsers.Password);
            calls = _calls.Snapshot();
        }
        finally
        {
            await slot.ReleaseAsync();
        }

        using var afterwards = await PostLoginAsync(email, TestUsers.Password);
        using (known)
        using (unknown)
        {
            var page = await HtmlForms.ParseAsync(known);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, known.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unknown.StatusCode);
            Assert.NotNull(known.Headers.RetryAfter?.Delta);
            Assert.Equal("Portalen har travlt lige nu", page.QuerySelector("h1")?.TextContent.Trim());
            Assert.Equal(new Verifications(0, 0), calls);
        }

        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal(1, gate.FreeSlots);
        Assert.Equal(0, gate.AddressesInFlight); // the refused attempts' address turns are given back too
    }

    [Fact]
    public async Task A_burst_of_attempts_from_one_address_waits_its_own_turn_and_does_not_queue_ahead_of_other_addresses()
    {
        // The benchmark's attack (docs/performance.md, nineteenth session): the attempts the rate limit lets through
        // arrive together, and with one queue for the hashing slot a genuine sign-in from another address waited
        // behind all of them — over a second on one core.
        var genuine = await CreateUserAsync();
        await using var patient = _portal.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["PasswordHashing:MaxConcurrent"] = "1",
                ["PasswordHashing:MaxWait"] = "00:00:30",
            })));
        var gate = patient.Services.GetRequiredService<PasswordHashingGate>();
        using (await PostLoginFromAsync(patient, "192.0.2.9", genuine, TestUsers.Password))
        {
            // warms the sign-in path up, so the burst below reaches the gate at once
        }

        var slot = await HeldSlot.TakeAsync(gate);

        _calls.Reset();
        var burst = Enumerable.Range(1, 4)
            .Select(n => PostLoginFromAsync(patient, "198.51.100.7", $"ingen-{n}-{Guid.NewGuid():N}@test.example", $"gaet-{n}"))
            .ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // the burst reaches the gate and waits there
        var other = PostLoginFromAsync(patient, "203.0.113.20", genuine, TestUsers.Password);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await slot.ReleaseAsync();
        using var signedIn = await other;
        foreach (var attempt in burst)
        {
            (await attempt).Dispose();
        }

        var order = _calls.Passwords();
        Assert.Equal(5, order.Count);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.InRange(order.IndexOf(TestUsers.Password), 0, 1); // after at most the one attempt already at the gate
        Assert.Equal(1, gate.FreeSlots);
        Assert.Equal(0, gate.AddressesInFlight);
    }

    [Fact]
    public async Task A_hash_outside_a_page_waits_a_bounded_time_for_a_slot_and_then_refuses()
    {
        var gate = _capped.Services.GetRequiredService<PasswordHashingGate>();
        var slot = await HeldSlot.TakeAsync(gate);

        try
        {
            await using var scope = _capped.Services.CreateAsyncScope();
            var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
            Assert.Throws<PasswordHashingBusyException>(() => hasher.HashPassword(new PortalUser { DisplayName = "" }, "en-lang-adgangskode"));
        }
        finally
        {
            await slot.ReleaseAsync();
        }
    }

    [Fact]
    public void The_cap_defaults_to_one_hash_per_core()
    {
        using var gate = new PasswordHashingGate(Microsoft.Extensions.Options.Options.Create(new PasswordHashingOptions()));

        Assert.Equal(Environment.ProcessorCount, gate.MaxConcurrent);
        Assert.Equal(Environment.ProcessorCount, gate.FreeSlots);
    }

    private async Task<(Verifications Calls, string Page)> SignInCountingAsync(string email)
    {
        using var client = _capped.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetDocumentAsync("/Account/Login");
        _calls.Reset();
        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "forkert-adgangskode",
        });
        var calls = _calls.Snapshot();
        var answer = (await HtmlForms.ParseAsync(response)).QuerySelector(".alert-error, [data-error-summary], .error-summary")?.TextContent.Trim() ?? "";
        return (calls, $"{(int)response.StatusCode} {response.Headers.Location} {answer}");
    }

    private static async Task<HttpResponseMessage> PostLoginFromAsync(
        WebApplicationFactory<Program> portal, string address, string email, string password)
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).From(address);
        return await client.PostLoginAsync(email, password);
    }

    private async Task<HttpResponseMessage> PostLoginAsync(string email, string password)
    {
        using var client = _capped.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return await client.PostLoginAsync(email, password);
    }

    private async Task<string> CreateUserAsync(Action<PortalUser>? change = null)
    {
        var email = await _portal.CreateUserAsync(PortalRoles.Relative);
        if (change is not null)
        {
            await using var scope = _capped.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            change(user);
            await users.UpdateAsync(user);
        }

        return email;
    }

    private sealed record Verifications(int Verify, int Hash);

    /// <summary>A gate's slot taken and held by the test, as a long sign-in would hold it, until released.</summary>
    private sealed class HeldSlot
    {
        private readonly TaskCompletionSource _release = new();
        private Task<bool> _holder = Task.FromResult(true);

        public static async Task<HeldSlot> TakeAsync(PasswordHashingGate gate)
        {
            var slot = new HeldSlot();
            var held = new TaskCompletionSource();
            slot._holder = gate.TryRunHoldingSlotAsync("test-holder", async () =>
            {
                held.SetResult();
                await slot._release.Task;
            }, CancellationToken.None);
            await held.Task;
            return slot;
        }

        public async Task ReleaseAsync()
        {
            _release.TrySetResult();
            await _holder;
        }
    }

    private sealed class HasherCalls
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _passwords = new();
        private int _verify;
        private int _hash;

        public void Verified(string password)
        {
            _passwords.Enqueue(password);
            Interlocked.Increment(ref _verify);
        }

        /// <summary>The passwords verified since the last reset, in the order they were verified.</summary>
        public List<string> Passwords() => [.. _passwords];

        public void Hashed() => Interlocked.Increment(ref _hash);

        public void Reset()
        {
            _passwords.Clear();
            Interlocked.Exchange(ref _verify, 0);
            Interlocked.Exchange(ref _hash, 0);
        }

        public Verifications Snapshot() => new(Volatile.Read(ref _verify), Volatile.Read(ref _hash));
    }

    private sealed class CountingHasher(IPasswordHasher<PortalUser> inner, HasherCalls calls) : IPasswordHasher<PortalUser>
    {
        public string HashPassword(PortalUser user, string password)
        {
            var hash = inner.HashPassword(user, password);
            calls.Hashed();
            return hash;
        }

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            var result = inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
            calls.Verified(providedPassword);
            return result;
        }
    }
}
