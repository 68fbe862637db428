using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Benchmark.Load;
using Paaroerende.Core.Data;
using Paaroerende.Demo;

namespace Paaroerende.Benchmark.Cluster;

/// <summary>
/// The load of `scripts/cluster.sh --load` (issue #15 part 3): the demo's relatives and staff read and write through the
/// balancer while the script kills an instance and restarts PostgreSQL. Every write the portal acknowledged (a redirect
/// after the post: an update, a message, a nomination with its consent) carries a token of its own; afterwards each
/// token is looked up in the database. Every failed request is classed by the script's events: in flight at the kill,
/// during the database's restart, or otherwise.
/// </summary>
internal sealed partial class ClusterLoad(ClusterLoadOptions options, Action<string> say)
{
    private readonly ConcurrentBag<Outcome> _outcomes = [];
    private readonly ConcurrentBag<(string Kind, string Token)> _acknowledged = [];
    private int _sequence;

    public async Task<ClusterReport> RunAsync(CancellationToken ct)
    {
        var ids = await DemoIdsAsync(ct);
        await StaffTwoFactorOnAsync(ct);
        // One staff session shared by the staff users: an authenticator code works once per 30 s (ADR 0018), so the
        // demo's one staff account signs in once; the relatives each sign in on their own.
        var staff = new Browser(options.Balancer, Browser.Loopback(5, 0));
        await staff.SignInAsync(DemoAccounts.Staff, DemoAccounts.Password, DemoAccounts.AuthenticatorKey, ct);
        var users = new List<VirtualUser>();
        for (var i = 0; i < options.Users; i++)
        {
            if (i % 3 == 0)
            {
                users.Add(new VirtualUser(staff, IsStaff: true, IsMette: false));
                continue;
            }

            var browser = new Browser(options.Balancer, Browser.Loopback(5, i));
            var email = i % 3 == 1 ? DemoAccounts.Relative : DemoAccounts.SecondRelative;
            await browser.SignInAsync(email, DemoAccounts.Password, ct: ct);
            users.Add(new VirtualUser(browser, IsStaff: false, IsMette: email == DemoAccounts.Relative));
        }

        say($"{users.Count} signed in; load for {options.Seconds} s");
        var started = DateTimeOffset.UtcNow;
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            stop.CancelAfter(TimeSpan.FromSeconds(options.Seconds));
            await Task.WhenAll(users.Select(u => LoopAsync(u, ids, stop.Token)));
        }

        // The faults are the script's: look only once it has brought the database back, on fresh connections.
        var events = await ClusterEvents.WaitForAsync(options.EventsFile, "pg-up", TimeSpan.FromMinutes(3), ct);
        Npgsql.NpgsqlConnection.ClearAllPools();
        var missing = await MissingAsync(ct);
        var (granted, windows) = await SignInsGrantedFromOneAddressAsync(ct);
        foreach (var browser in users.Select(u => u.Browser).Distinct())
        {
            browser.Dispose();
        }

        return ClusterReport.Of(started, [.. _outcomes], [.. _acknowledged], missing, events, granted, options.SignInLimit * windows);
    }

    private async Task LoopAsync(VirtualUser user, DemoIds ids, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref _sequence);
            var roll = n % 10;
            if (user.IsStaff)
            {
                await (roll < 5 ? PostUpdateAsync(user, ids, n, ct) : roll < 7 ? NominateWithConsentAsync(user, ids, n, ct)
                    : TimedAsync("GET /Staff", () => user.Browser.GetAsync("/Staff", CancellationToken.None), HttpStatusCode.OK));
            }
            else if (user.IsMette && roll < 2)
            {
                await PostMessageAsync(user, ids, n, ct);
            }
            else
            {
                await TimedAsync("GET citizen page",
                    () => user.Browser.GetAsync($"/Relatives/Citizen/{ids.Inger}", CancellationToken.None), HttpStatusCode.OK);
            }
        }
    }

    private Task<string?> PostUpdateAsync(VirtualUser user, DemoIds ids, int n, CancellationToken ct) =>
        PostAsync(user, "update", $"/Staff/Citizens/{ids.Inger}/Updates", Token(n), token => new Dictionary<string, string>
        {
            ["Input.Topic"] = "DailyLife", ["Input.Title"] = token, ["Input.Body"] = "Belastningsprøve af klyngen.",
        }, ct);

    private Task<string?> PostMessageAsync(VirtualUser user, DemoIds ids, int n, CancellationToken ct) =>
        PostAsync(user, "message", $"/Relatives/Citizen/{ids.Inger}/Messages", Token(n), token => new Dictionary<string, string>
        {
            ["Input.Topic"] = "General", ["Input.Subject"] = token, ["Input.Body"] = "Belastningsprøve af klyngen.",
        }, ct);

    /// <summary>A new relative of Inger's (the name is the token), then a grant on Dagligdag with the token as its note.</summary>
    private async Task NominateWithConsentAsync(VirtualUser user, DemoIds ids, int n, CancellationToken ct)
    {
        var token = Token(n);
        var consentPage = await PostAsync(user, "nomination", $"/Staff/Citizens/{ids.Inger}/Nominate", token, t => new Dictionary<string, string>
        {
            ["Input.FirstName"] = t, ["Input.LastName"] = "Klyngesen", ["Input.Kind"] = "Friend", ["Input.HowGiven"] = "Oral",
        }, ct);
        if (consentPage is not null)
        {
            await PostAsync(user, "consent", consentPage, token, t => new Dictionary<string, string>
            {
                ["Input.Basis"] = "CitizenConsent", ["Input.Levels[DailyLife]"] = "Informed", ["Input.GivenHow"] = "Oral", ["Input.Note"] = t,
            }, ct);

            // The invitation goes out through the outbox: whichever instance claims it sends it, once.
            await PostAsync(user, "invitation", consentPage.Replace("/Consent", "/Invite", StringComparison.Ordinal), token,
                t => new Dictionary<string, string> { ["Input.Email"] = $"{t}@klynge.example" }, ct);
        }
    }

    /// <summary>Opens the form, posts it; a redirect is an acknowledged write. Returns where it redirected, or null.</summary>
    private async Task<string?> PostAsync(
        VirtualUser user, string kind, string path, string token, Func<string, Dictionary<string, string>> fields, CancellationToken ct)
    {
        if (ct.IsCancellationRequested)
        {
            return null;
        }

        string? location = null;
        await TimedAsync($"POST {kind}", async () =>
        {
            var form = fields(token);
            form["__RequestVerificationToken"] = await user.Browser.FormTokenAsync(path, CancellationToken.None);
            var response = await user.Browser.PostFormAsync(path, form, CancellationToken.None);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                _acknowledged.Add((kind, token));
                location = response.Headers.Location?.OriginalString;
            }

            return response;
        }, HttpStatusCode.Redirect);
        return location;
    }

    private async Task TimedAsync(string what, Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
    {
        var start = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        string? error = null;
        try
        {
            using var response = await send();
            if (response.StatusCode != expected)
            {
                // A form answered again says why in its first error message.
                var why = response.StatusCode == HttpStatusCode.OK
                    ? FirstError().Match(await response.Content.ReadAsStringAsync(CancellationToken.None)).Groups[1].Value
                    : response.Headers.Location?.OriginalString;
                error = $"{(int)response.StatusCode} {why}".TrimEnd();
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            error = e.GetType().Name;
        }

        _outcomes.Add(new Outcome(what, start, clock.Elapsed, error));
    }

    /// <summary>
    /// Wrong sign-ins from one address, alternating over the balancer: how many were let through, and how many of the
    /// limiter's fixed one-minute windows (ADR 0040, aligned to the clock's minutes) the burst touched — a burst that
    /// straddles a minute rightly gets the limit once in each.
    /// </summary>
    private async Task<(int Granted, int Windows)> SignInsGrantedFromOneAddressAsync(CancellationToken ct)
    {
        using var attacker = new Browser(options.Balancer, Browser.Loopback(6, 1));
        var granted = 0;
        var firstMinute = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60;
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < 2 * options.SignInLimit; i++)
        {
            using var response = await attacker.PostFormAsync("/Account/Login", new Dictionary<string, string>(), ct);
            // Let through = reached the sign-in (here a 400: the post carries no form). A 429 is the limit; a 503 is a
            // refusal too (the password-hashing gate or the balancer), not a post the limit let pass.
            var status = (int)response.StatusCode;
            granted += status < 500 && response.StatusCode != HttpStatusCode.TooManyRequests ? 1 : 0;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }

        Console.WriteLine($"Wrong sign-in burst answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}"))}");

        var lastMinute = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60;
        return (granted, (int)(lastMinute - firstMinute) + 1);
    }

    private async Task<List<(string Kind, string Token)>> MissingAsync(CancellationToken ct)
    {
        await using var db = Context();
        var prefix = $"{options.RunId}-";
        var updates = await db.CitizenUpdates.Where(u => u.Title.StartsWith(prefix)).Select(u => u.Title).ToListAsync(ct);
        var messages = await db.MessageThreads.Where(t => t.Subject.StartsWith(prefix)).Select(t => t.Subject).ToListAsync(ct);
        var people = await db.People.Where(p => p.FirstName.StartsWith(prefix)).Select(p => p.FirstName).ToListAsync(ct);
        var consents = await db.ConsentRecords.Where(c => c.Note != null && c.Note.StartsWith(prefix)).Select(c => c.Note!).ToListAsync(ct);
        var invited = await db.OutboxMessages.Where(m => m.To.StartsWith(prefix)).Select(m => m.To).ToListAsync(ct);
        var stored = new Dictionary<string, HashSet<string>>
        {
            ["update"] = [.. updates], ["message"] = [.. messages], ["nomination"] = [.. people], ["consent"] = [.. consents],
            ["invitation"] = [.. invited.Select(to => to.Split('@')[0])],
        };
        return [.. _acknowledged.Where(a => !stored[a.Kind].Contains(a.Token))];
    }

    private async Task<DemoIds> DemoIdsAsync(CancellationToken ct)
    {
        await using var db = Context();
        var inger = await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync(ct);
        return new DemoIds(inger);
    }

    /// <summary>
    /// The demo staff's authenticator key is fixed (DemoAccounts); turning two-factor on skips the first sign-in's setup
    /// page, as if the staff member had done it, so the virtual staff sign in with a code like the real ones.
    /// </summary>
    private async Task StaffTwoFactorOnAsync(CancellationToken ct)
    {
        await using var db = Context();
        await db.Users.Where(u => u.Email == DemoAccounts.Staff)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.TwoFactorEnabled, true), ct);
    }

    private PortalDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        DatabaseRegistration.Configure(builder, new DatabaseSettings(DatabaseRegistration.PostgreSqlProvider, options.Connection));
        return new PortalDbContext(builder.Options);
    }

    private string Token(int n) => $"{options.RunId}-{n}";

    [GeneratedRegex("class=\"form-error-message\"[^>]*><span class=\"sr-only\">[^<]*</span>([^<]*)<")]
    private static partial Regex FirstError();

    private sealed record VirtualUser(Browser Browser, bool IsStaff, bool IsMette);

    private sealed record DemoIds(Guid Inger);
}

internal sealed record ClusterLoadOptions(
    Uri Balancer, string Connection, int Seconds, int Users, string EventsFile, string RunId, int SignInLimit);

/// <summary>One request: what, when it started, how long it took, and its error (null: it went as expected).</summary>
internal sealed record Outcome(string What, DateTimeOffset Start, TimeSpan Took, string? Error)
{
    public DateTimeOffset End => Start + Took;
}

/// <summary>What the script did and when (one "name unix-milliseconds" per line): kill, restarted, pg-restart, pg-up.</summary>
internal static partial class ClusterEvents
{
    /// <summary>The events once <paramref name="last"/> is among them (or the time is up: then as they are).</summary>
    public static async Task<Dictionary<string, DateTimeOffset>> WaitForAsync(string file, string last, TimeSpan limit, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var events = await ReadAsync(file, ct);
        while (!events.ContainsKey(last) && clock.Elapsed < limit)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            events = await ReadAsync(file, ct);
        }

        return events;
    }

    public static async Task<Dictionary<string, DateTimeOffset>> ReadAsync(string file, CancellationToken ct) =>
        (await File.ReadAllLinesAsync(file, ct))
            .Select(l => EventLine().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^(\S+) (\d+)$")]
    private static partial Regex EventLine();
}
