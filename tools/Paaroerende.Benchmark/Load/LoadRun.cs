using System.Diagnostics;
using System.Net;
using Paaroerende.Benchmark.Fill;
using Paaroerende.Demo;

namespace Paaroerende.Benchmark.Load;

/// <summary>How long and how hard: the defaults are issue #7's (60 s warm-up; 200 requests/s; 40 attempts/s).</summary>
public sealed record LoadOptions(
    int WarmUpSeconds = 60, int PhaseSeconds = 30, int Concurrency = 16, int Relatives = 48, int Staff = 4,
    int OpenLoopRate = 200, int AttackRate = 40, double GenuineSignInsPerSecond = 2, int Rounds = 3, int WakingSeconds = 10);

public sealed record PhaseResult(string Name, double Seconds, double PortalCpuPercent, IReadOnlyList<PageResult> Pages);

public sealed record RunResult(string Database, int Scale, IReadOnlyList<PhaseResult> Phases, double PeakWorkingSetMb);

/// <summary>The minimal page outside the portal's pipeline (tools/Paaroerende.MinimalPage), started beside the portal.</summary>
internal sealed record MinimalPage(Uri Url, ProcessMeter Meter);

/// <summary>
/// Drives the running portal: signs in relatives and staff, warms up with the realistic mix, then measures the mix,
/// the citizen page, the relative's start page and the baseline page at full load (closed loop, in alternating
/// slices), the citizen page at a constant rate (open loop, latency counted from when each request was due, so a stall
/// is not hidden), and sign-in under a password-guessing attack from one address. With a minimal page, it is measured too, right after the baseline page, so the report can
/// give the portal's pages as ratios to a page that has none of the portal's pipeline.
/// </summary>
internal sealed class LoadRun(
    Uri portal, Manifest manifest, ProcessMeter meter, LoadOptions options, Action<string> say, MinimalPage? minimal = null)
{
    public const string StartPage = "relative: start page";
    public const string CitizenPage = "relative: citizen page";
    public const string Directory = "relative: directory";
    public const string CitizenList = "staff: citizen list";
    public const string ConsentForm = "staff: consent form";
    public const string PostUpdate = "staff: post update";
    public const string Baseline = "baseline page";
    public const string Minimal = "minimal page (outside the portal)";
    public const string GenuineSignIn = "genuine sign-in under attack";
    public const string AttackAttempt = "attacker's wrong password";

    public const string MixPhase = "mix at full load";
    public const string CitizenFullPhase = "citizen page at full load";
    public const string StartFullPhase = "start page at full load";
    public const string BaselineFullPhase = "baseline page at full load";
    public const string MinimalFullPhase = "minimal page at full load";
    public const string CitizenSteadyPhase = "citizen page at constant rate";
    public const string CitizenWakingPhase = "citizen page at constant rate, first seconds after idling";
    public const string AttackPhase = "sign-in under attack";

    private readonly List<(Browser Browser, Manifest.RelativeSignIn Who)> _relatives = [];
    private readonly List<(Browser Browser, Manifest.StaffMember Who)> _staff = [];
    private readonly List<(Browser Browser, Manifest.RelativeSignIn Who)> _minimalRelatives = [];

    public async Task<RunResult> RunAsync(string database, int scale, CancellationToken ct)
    {
        await SignInEveryoneAsync(ct);
        say($"Warming up for {options.WarmUpSeconds} s");
        await ClosedLoopAsync(new Recorder(), options.WarmUpSeconds, MixedAsync, ct);

        var phases = new List<PhaseResult> { await PhaseAsync(MixPhase, r => ClosedLoopAsync(r, options.PhaseSeconds, MixedAsync, ct)) };
        phases.AddRange(await InterleavedAsync(
            [(CitizenFullPhase, CitizenPageAsync), (StartFullPhase, StartPageAsync), (BaselineFullPhase, BaselineAsync)], ct));
        if (minimal is not null)
        {
            phases.Add(await MinimalPagePhaseAsync(minimal, ct));
        }

        // The portal idled while the minimal page was measured (its warm-up and phase, two and a half minutes): the
        // constant rate's first seconds measure it waking up, and are reported on their own; the target is about the
        // rate kept up (docs/adr/0015).
        phases.Add(await PhaseAsync(CitizenWakingPhase, r => OpenLoopAsync(r, options.OpenLoopRate, options.WakingSeconds, CitizenPageAsync, ct)));
        phases.Add(await PhaseAsync(CitizenSteadyPhase, r => OpenLoopAsync(r, options.OpenLoopRate, options.PhaseSeconds, CitizenPageAsync, ct)));
        phases.Add(await PhaseAsync(AttackPhase, r => SignInUnderAttackAsync(r, ct)));
        return new RunResult(database, scale, phases, Math.Round(meter.PeakWorkingSetMb(), 1));
    }

    /// <summary>
    /// The same relatives, the same citizens, the same closed loop as the portal's pages, against the minimal page;
    /// it gets its own warm-up (its JIT has seen no load yet), and its CPU is read from its own process.
    /// </summary>
    private async Task<PhaseResult> MinimalPagePhaseAsync(MinimalPage page, CancellationToken ct)
    {
        say($"Signing in {_relatives.Count} relatives to the minimal page");
        foreach (var (_, who) in _relatives)
        {
            var browser = new Browser(page.Url, Browser.Loopback(5, _minimalRelatives.Count));
            await browser.SignInToMinimalPageAsync(who.Email, ct);
            _minimalRelatives.Add((browser, who));
        }

        // As long as the portal's warm-up, so neither side of the ratio is measured with code the JIT has not yet
        // optimised: the portal has had its warm-up and three phases by now, the minimal page nothing.
        say($"Warming up the minimal page for {options.WarmUpSeconds} s");
        await ClosedLoopAsync(new Recorder(), options.WarmUpSeconds, MinimalAsync, ct);
        return await PhaseAsync(MinimalFullPhase, r => ClosedLoopAsync(r, options.PhaseSeconds, MinimalAsync, ct), page.Meter);
    }

    /// <summary>
    /// The pages whose throughput the targets compare, each at full load for <see cref="LoadOptions.PhaseSeconds"/> in
    /// all, taken in turn in <see cref="LoadOptions.Rounds"/> slices (citizen, start, baseline, citizen, ...), so a
    /// ratio between them is not a ratio between two moments of a drifting machine or of a JIT still tiering up.
    /// </summary>
    private async Task<IReadOnlyList<PhaseResult>> InterleavedAsync(
        IReadOnlyList<(string Name, Func<Recorder, int, Task> Action)> pages, CancellationToken ct)
    {
        var phases = pages.Select(p => new InterleavedPhase(p.Name)).ToList();
        var sliceSeconds = Math.Max(1, options.PhaseSeconds / Math.Max(1, options.Rounds));
        say($"Measuring in {options.Rounds} rounds of {sliceSeconds} s: {string.Join(", ", pages.Select(p => p.Name))}");
        for (var round = 0; round < options.Rounds && !ct.IsCancellationRequested; round++)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var action = pages[i].Action;
                await SliceAsync(phases[i], r => ClosedLoopAsync(r, sliceSeconds, action, ct), meter);
            }
        }

        return [.. phases.Select(p => p.Result())];
    }

    private async Task<PhaseResult> PhaseAsync(string name, Func<Recorder, Task> run, ProcessMeter? measured = null)
    {
        say($"Measuring: {name}");
        var phase = new InterleavedPhase(name);
        await SliceAsync(phase, run, measured ?? meter);
        return phase.Result();
    }

    /// <summary>Runs one slice of a phase and adds its time and the measured process's CPU to it.</summary>
    private static async Task SliceAsync(InterleavedPhase phase, Func<Recorder, Task> run, ProcessMeter process)
    {
        var cpu = process.CpuSeconds();
        var clock = Stopwatch.StartNew();
        await run(phase.Recorder);
        phase.AddSlice(clock.Elapsed.TotalSeconds, process.CpuSeconds() - cpu);
    }

    /// <summary>Signs the relatives and staff in (a comparison's first step on each of its portals).</summary>
    public Task SignInAsync(CancellationToken ct) => SignInEveryoneAsync(ct);

    /// <summary>One slice of a page the targets compare (or of the mix), at full load, with the CPU of this run's portal.</summary>
    public Task FullLoadSliceAsync(InterleavedPhase phase, string page, int seconds, CancellationToken ct)
    {
        Func<Recorder, int, Task> action = page switch
        {
            CitizenPage => CitizenPageAsync,
            StartPage => StartPageAsync,
            Baseline => BaselineAsync,
            MixPhase => MixedAsync,
            _ => throw new ArgumentException($"Not a page measured at full load: {page}.", nameof(page)),
        };
        return SliceAsync(phase, r => ClosedLoopAsync(r, seconds, action, ct), meter);
    }

    /// <summary>One slice of the citizen page at the constant rate (open loop), with the CPU of this run's portal.</summary>
    public Task ConstantRateSliceAsync(InterleavedPhase phase, int seconds, CancellationToken ct) =>
        SliceAsync(phase, r => OpenLoopAsync(r, options.OpenLoopRate, seconds, CitizenPageAsync, ct), meter);

    private async Task SignInEveryoneAsync(CancellationToken ct)
    {
        say($"Signing in {options.Relatives} relatives and {options.Staff} staff");
        var relatives = manifest.SampleRelatives.Where(r => r.CitizenIds.Count > 0).Take(options.Relatives).ToList();
        for (var i = 0; i < relatives.Count; i++)
        {
            var browser = new Browser(portal, Browser.Loopback(1, i));
            await browser.SignInAsync(relatives[i].Email, DataFiller.RelativePassword, ct: ct);
            _relatives.Add((browser, relatives[i]));
        }

        foreach (var (staff, i) in manifest.Staff.Take(options.Staff).Select((s, i) => (s, i)))
        {
            var browser = new Browser(portal, Browser.Loopback(4, i));
            await browser.SignInAsync(staff.Email, DataFiller.RelativePassword, DemoAccounts.AuthenticatorKey, ct);
            _staff.Add((browser, staff));
        }
    }

    private async Task ClosedLoopAsync(Recorder recorder, int seconds, Func<Recorder, int, Task> action, CancellationToken ct)
    {
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, options.Concurrency).Select(async worker =>
        {
            for (var n = worker; Stopwatch.GetTimestamp() < until && !ct.IsCancellationRequested; n += options.Concurrency)
            {
                await action(recorder, n);
            }
        });
        await Task.WhenAll(workers);
    }

    private static async Task OpenLoopAsync(Recorder recorder, int rate, int seconds, Func<Recorder, int, Task> action, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var total = rate * seconds;
        var running = new List<Task>(total);
        for (var n = 0; n < total && !ct.IsCancellationRequested; n++)
        {
            var due = started + (long)(n * Stopwatch.Frequency / (double)rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, ct);
            }

            var index = n;
            var late = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            running.Add(Task.Run(() => action(recorder.Late(late), index), ct));
        }

        await Task.WhenAll(running);
    }

    private Task MixedAsync(Recorder recorder, int n)
    {
        // The realistic mix: relatives read (start page, citizen page, the directory), staff work.
        var roll = Random.Shared.Next(100);
        return roll switch
        {
            < 28 => StartPageAsync(recorder, n),
            < 68 => CitizenPageAsync(recorder, n),
            < 85 => TimedAsync(recorder, Directory, Relative(n).Browser, $"/Kontakt/{manifest.MunicipalitySlugs[n % manifest.MunicipalitySlugs.Count]}"),
            < 91 => TimedAsync(recorder, CitizenList, Staff(n).Browser, "/Staff"),
            < 96 => ConsentFormAsync(recorder, n),
            _ => PostUpdateAsync(recorder, n),
        };
    }

    private Task CitizenPageAsync(Recorder recorder, int n)
    {
        var (browser, who) = Relative(n);
        return TimedAsync(recorder, CitizenPage, browser, $"/Relatives/Citizen/{who.CitizenIds[n % who.CitizenIds.Count]}");
    }

    private Task StartPageAsync(Recorder recorder, int n) => TimedAsync(recorder, StartPage, Relative(n).Browser, "/Relatives");

    private Task BaselineAsync(Recorder recorder, int n) => TimedAsync(recorder, Baseline, Relative(n).Browser, "/Benchmark/Baseline");

    /// <summary>The minimal page's counterpart of the citizen page: the same relative opens the same citizen.</summary>
    private Task MinimalAsync(Recorder recorder, int n)
    {
        var (browser, who) = _minimalRelatives[n % _minimalRelatives.Count];
        return TimedAsync(recorder, Minimal, browser, $"/Citizen/{who.CitizenIds[n % who.CitizenIds.Count]}");
    }

    private Task ConsentFormAsync(Recorder recorder, int n)
    {
        var (browser, who) = Staff(n);
        var relation = who.Relations[n % who.Relations.Count];
        return TimedAsync(recorder, ConsentForm, browser, $"/Staff/Citizens/{relation.CitizenId}/Relations/{relation.RelationId}/Consent");
    }

    private async Task PostUpdateAsync(Recorder recorder, int n)
    {
        var (browser, who) = Staff(n);
        var citizen = who.Relations[n % who.Relations.Count].CitizenId;
        var path = $"/Staff/Citizens/{citizen}/Updates";
        string token;
        try
        {
            token = await browser.FormTokenAsync(path);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            recorder.Record(PostUpdate, 0, ok: false);
            return;
        }

        await TimedAsync(recorder, PostUpdate, browser, path, new Dictionary<string, string>
        {
            ["Input.Topic"] = "DailyLife", ["Input.Title"] = "Dagens status", ["Input.Body"] = "En rolig dag med god appetit.",
            ["__RequestVerificationToken"] = token,
        });
    }

    private async Task SignInUnderAttackAsync(Recorder recorder, CancellationToken ct)
    {
        using var attacker = new Browser(portal, Browser.Loopback(2, 0));
        var token = await attacker.FormTokenAsync("/Account/Login", ct);
        var genuine = manifest.SampleRelatives.Skip(options.Relatives).ToList();
        var attack = OpenLoopAsync(recorder, options.AttackRate, options.PhaseSeconds, async (r, n) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                // Unknown addresses: each one costs the portal a password hash, and no account gets locked.
                using var response = await attacker.PostLoginAsync($"gaet{n}@angriber.example", "forkert-kodeord-123", token, ct);
                r.Record(AttackAttempt, clock.Elapsed.TotalMilliseconds, ok: true);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                r.Record(AttackAttempt, clock.Elapsed.TotalMilliseconds, ok: false);
            }
        }, ct);
        var users = OpenLoopAsync(recorder, Math.Max(1, (int)options.GenuineSignInsPerSecond), options.PhaseSeconds, async (r, n) =>
        {
            var who = genuine[n % genuine.Count];
            using var browser = new Browser(portal, Browser.Loopback(3, n % 60_000));
            var clock = Stopwatch.StartNew();
            try
            {
                await browser.SignInAsync(who.Email, DataFiller.RelativePassword, ct: ct);
                r.Record(GenuineSignIn, clock.Elapsed.TotalMilliseconds, ok: true);
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
            {
                r.Record(GenuineSignIn, clock.Elapsed.TotalMilliseconds, ok: false);
            }
        }, ct);
        await Task.WhenAll(attack, users);
    }

    private static async Task TimedAsync(
        Recorder recorder, string page, Browser browser, string path, IReadOnlyDictionary<string, string>? form = null)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = form is null ? await browser.GetAsync(path) : await browser.PostFormAsync(path, form);
            var ok = form is null ? response.StatusCode == HttpStatusCode.OK : response.StatusCode == HttpStatusCode.Redirect;
            recorder.Record(page, clock.Elapsed.TotalMilliseconds, ok);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            recorder.Record(page, clock.Elapsed.TotalMilliseconds, ok: false);
        }
    }

    private (Browser Browser, Manifest.RelativeSignIn Who) Relative(int n) => _relatives[n % _relatives.Count];

    private (Browser Browser, Manifest.StaffMember Who) Staff(int n) => _staff[n % _staff.Count];
}
