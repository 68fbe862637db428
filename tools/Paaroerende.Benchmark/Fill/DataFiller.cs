using Randomizer = Bogus.Randomizer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Tenancy;
using Paaroerende.Core.Updates;

namespace Paaroerende.Benchmark.Fill;

/// <summary>
/// Fills an empty database: first the product's own initializer (the real migrations, the roles and the five demo
/// municipalities with their contact directories and information), then the bulk of generated units, citizens,
/// relatives with sign-ins, consents with history, updates and audit entries, and a few staff with two-factor sign-in.
/// Returns the manifest the load run signs in with.
/// </summary>
public sealed class DataFiller(DatabaseSettings settings, DataSet data)
{
    public const string RelativePassword = DemoAccounts.Password;
    private const string Recorder = "benchmark";

    private readonly Randomizer _random = new(2026);
    private readonly DateTime _now = DateTime.UtcNow;
    private readonly List<Attachment> _attachments = [];

    public async Task<Manifest> FillAsync(IFillProgress progress, CancellationToken ct = default)
    {
        await using var services = Services();
        await services.InitializeDatabaseAsync(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" }).Build());

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var municipalities = await db.Municipalities.OrderBy(m => m.Slug).Select(m => new { m.Id, m.Slug }).ToListAsync(ct);
        var relativeRole = await db.Roles.Where(r => r.Name == PortalRoles.Relative).Select(r => r.Id).SingleAsync(ct);
        var hash = new PasswordHasher<PortalUser>().HashPassword(null!, RelativePassword);

        var units = Enumerable.Range(0, data.Units).Select(i => NewUnit(i, municipalities[i % municipalities.Count].Id)).ToList();
        var citizens = Enumerable.Range(0, data.Citizens).Select(i => NewCitizen(i, units[i / DataSet.CitizensPerUnit])).ToList();
        var people = Enumerable.Range(0, data.Relatives).Select(NewPerson).ToList();
        var users = people.Select((p, i) => NewRelativeUser(p, i, hash)).ToList();
        var relations = people.Select((p, i) => NewRelation(p, citizens[i / DataSet.RelativesPerCitizen])).ToList();
        relations.AddRange(people.Take(data.SecondRelations).Select((p, i) =>
            NewRelation(p, citizens[SameMunicipalityOther(i / DataSet.RelativesPerCitizen, municipalities.Count)])));

        await using (var writer = BulkWriter.Open(settings, db.Model))
        {
            await Step(progress, "Units", units.Count, report => writer.WriteAsync(units, report, ct));
            await Step(progress, "Citizens", citizens.Count, report => writer.WriteAsync(citizens, report, ct));
            await Step(progress, "Relatives", people.Count, report => writer.WriteAsync(people, report, ct));
            await Step(progress, "Relatives' sign-ins", users.Count, report => writer.WriteAsync(users, report, ct));
            await Step(progress, "Relatives' roles", users.Count, report => writer.WriteAsync(
                users.Select(u => new IdentityUserRole<string> { UserId = u.Id, RoleId = relativeRole }), report, ct));
            await Step(progress, "Relations", relations.Count, report => writer.WriteAsync(relations, report, ct));
            var consents = relations.SelectMany(ConsentHistory).ToList();
            await Step(progress, "Consents with history", consents.Count, report => writer.WriteAsync(consents, report, ct));
            await Step(progress, "Updates", data.Updates, report => writer.WriteAsync(
                citizens.SelectMany(c => Enumerable.Range(0, DataSet.UpdatesPerCitizen).Select(n => NewUpdate(c, n))), report, ct));
            await Step(progress, "Unit news", data.UnitNews, report => writer.WriteAsync(
                units.SelectMany(u => Enumerable.Range(0, DataSet.NewsPerUnit).Select(n => NewNews(u, n))), report, ct));
            // Made with the updates and news above, as their rows were written (AddPicture).
            await Step(progress, "Pictures", _attachments.Count, report => writer.WriteAsync(_attachments, report, ct));
            var agreements = relations.Where((_, i) => i % DataSet.RelationsPerAgreement == 0).SelectMany(Agreements).ToList();
            await Step(progress, "Expectation agreements", agreements.Count, report => writer.WriteAsync(agreements, report, ct));
            var personOf = relations.ToDictionary(r => r.Id, r => r.PersonId);
            var userOf = people.ToDictionary(p => p.Id, p => p.UserId!);
            var acknowledged = agreements.Where((_, i) => i % 2 == 0)
                .Select(a => Acknowledgement(a, personOf[a.RelationId], userOf[personOf[a.RelationId]])).ToList();
            await Step(progress, "Acknowledgements", acknowledged.Count, report => writer.WriteAsync(acknowledged, report, ct));
            await Step(progress, "Audit entries", data.AuditEntries, report => writer.WriteAsync(
                Enumerable.Range(0, data.AuditEntries).Select(n => NewAuditEntry(relations[n % people.Count], people[n % people.Count])),
                report, ct));
        }

        // The bulk rows bypassed SaveChanges, so the current-access table is built from the history, as the command does.
        await Step(progress, "Current consents", 1, async report => report(await new CurrentConsentRebuild(db).RunAsync(ct) > 0 ? 1 : 0));

        var staff = await AddStaffAsync(scope.ServiceProvider, db, units, municipalities[0].Id, ct);
        return Manifest.From(citizens, people, users, relations, staff, municipalities.Select(m => m.Slug).ToList());
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = settings.Provider,
            ["ConnectionStrings:Portal"] = settings.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddPortalDatabase(AppContext.BaseDirectory);
        services.AddIdentityCore<PortalUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<PortalDbContext>();
        services.AddDemoData();
        return services.BuildServiceProvider();
    }

    private static async Task Step(IFillProgress progress, string name, int total, Func<Action<int>, Task> write)
    {
        var report = progress.Start(name, total);
        await write(report);
    }

    private int SameMunicipalityOther(int citizen, int municipalities)
    {
        // Units go round the municipalities, so a citizen 5 units further on is in the same one.
        var other = citizen + (municipalities * DataSet.CitizensPerUnit);
        return other < data.Citizens ? other : Math.Max(0, citizen - (municipalities * DataSet.CitizensPerUnit));
    }

    private static Unit NewUnit(int i, Guid municipalityId) => new()
    {
        Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = $"Plejecenter Bench {i + 1}", Type = UnitType.NursingHome,
        StreetAddress = $"Benchvej {i + 1}", PostalCode = "2650", City = "Hvidovre", Phone = "36 39 36 39",
        Email = $"enhed{i + 1}@bench.example", VisitingHours = "Alle dage kl. 10.00-20.00",
    };

    private Citizen NewCitizen(int i, Unit unit) => new()
    {
        Id = Guid.NewGuid(), MunicipalityId = unit.MunicipalityId, UnitId = unit.Id,
        FirstName = _random.ArrayElement(FirstNames), LastName = $"Benchborger{i + 1}",
        BirthDate = new DateOnly(1930 + _random.Number(0, 40), _random.Number(1, 12), _random.Number(1, 28)),
    };

    private Person NewPerson(int i) => new()
    {
        Id = Guid.NewGuid(), FirstName = _random.ArrayElement(FirstNames), LastName = $"Benchpaaroerende{i + 1}",
        Email = Manifest.RelativeEmail(i),
    };

    private static PortalUser NewRelativeUser(Person person, int i, string hash)
    {
        var email = Manifest.RelativeEmail(i);
        var user = new PortalUser
        {
            Id = Guid.NewGuid().ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, PasswordHash = hash,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true, DisplayName = person.FullName, PersonId = person.Id,
        };
        person.UserId = user.Id;
        return user;
    }

    private Relation NewRelation(Person person, Citizen citizen) => new()
    {
        Id = Guid.NewGuid(), CitizenId = citizen.Id, PersonId = person.Id, Kind = _random.Enum<RelationKind>(),
        NominationMethod = HowGiven.Written, RecordedAtUtc = _now.AddDays(-400), RecordedByUserId = Recorder,
    };

    /// <summary>
    /// Three topics consented a year ago; a third of them changed since (a level change or a withdrawal), and now
    /// and then a topic the citizen keeps the relative out of.
    /// </summary>
    private IEnumerable<ConsentRecord> ConsentHistory(Relation relation)
    {
        // Written past SaveChanges, so each grant's disclosure start is set here as the keeper would: from the first
        // grant, which a later change of level continues without a gap.
        var firstGrant = _now.AddDays(-365);
        ConsentRecord Record(ConsentTopic topic, ConsentLevel level, double daysAgo) => new()
        {
            Id = Guid.NewGuid(), RelationId = relation.Id, Topic = topic, Level = level, Basis = ConsentBasis.CitizenConsent,
            GivenHow = HowGiven.Oral, ValidFromUtc = _now.AddDays(-daysAgo), RecordedAtUtc = _now.AddDays(-daysAgo),
            RecordedByUserId = Recorder, DisclosesFromUtc = level is ConsentLevel.Informed or ConsentLevel.Involved ? firstGrant : null,
        };

        foreach (var topic in _random.ArrayElements(Enum.GetValues<ConsentTopic>(), 3))
        {
            yield return Record(topic, ConsentLevel.Informed, 365);
            if (_random.Number(0, 2) == 0)
            {
                yield return Record(topic, _random.Bool(0.7f) ? ConsentLevel.Involved : ConsentLevel.None, _random.Number(10, 300));
            }
        }

        if (_random.Number(0, 19) == 0)
        {
            yield return Record(ConsentTopic.Finances, ConsentLevel.KeptOut, 200.5); // never the same instant as a change (one record per line and instant)
        }
    }

    private CitizenUpdate NewUpdate(Citizen citizen, int n)
    {
        var update = new CitizenUpdate
        {
            Id = Guid.NewGuid(), CitizenId = citizen.Id, Topic = _random.Enum<ConsentTopic>(), Title = _random.ArrayElement(Titles),
            Body = _random.ArrayElement(Bodies), PublishedAtUtc = _now.AddHours(-(n * 170) - _random.Number(0, 160)),
            AuthorUserId = Recorder,
        };
        AddPicture(AttachmentOwner.CitizenUpdate, update.Id, update.PublishedAtUtc, DataSet.UpdatesPerPicture);
        return update;
    }

    private UnitNews NewNews(Unit unit, int n)
    {
        var news = new UnitNews
        {
            Id = Guid.NewGuid(), UnitId = unit.Id, Title = _random.ArrayElement(Titles), Body = _random.ArrayElement(Bodies),
            PublishedAtUtc = _now.AddHours(-(n * 84) - _random.Number(0, 80)), AuthorUserId = Recorder,
        };
        AddPicture(AttachmentOwner.UnitNews, news.Id, news.PublishedAtUtc, DataSet.NewsPerPicture);
        return news;
    }

    /// <summary>
    /// A picture with one item in <paramref name="oneIn"/>. Its bytes are a stand-in: pages list a file's name, type, size
    /// and description, and only the download reads the bytes, which the benchmark does not measure.
    /// </summary>
    private void AddPicture(AttachmentOwner kind, Guid owner, DateTime publishedAtUtc, int oneIn)
    {
        if (_random.Number(0, oneIn - 1) == 0)
        {
            _attachments.Add(new Attachment
            {
                Id = Guid.NewGuid(), OwnerKind = kind, OwnerId = owner, FileName = "billede.jpg", ContentType = "image/jpeg",
                SizeBytes = 180_000, AltText = "Et billede fra dagen", Content = PictureStandIn, UploadedAtUtc = publishedAtUtc,
                UploadedByUserId = Recorder,
            });
        }
    }

    private static readonly byte[] PictureStandIn = [0xFF, 0xD8, 0xFF, 0xD9];

    /// <summary>The agreement written with the relative, revised once for one relation in three.</summary>
    private IEnumerable<ExpectationAgreement> Agreements(Relation relation)
    {
        var versions = _random.Number(0, 2) == 0 ? 2 : 1;
        for (var version = 1; version <= versions; version++)
        {
            yield return new ExpectationAgreement
            {
                Id = Guid.NewGuid(), RelationId = relation.Id, Version = version,
                RelativeDoes = "Besøger om søndagen og tager med til tandlæge.", MunicipalityDoes = "Ringer ved ændringer i helbredet.",
                HowWeTalk = "Telefon om eftermiddagen.", ContactPerson = "Kontaktperson i afdelingen",
                NextReviewOn = DateOnly.FromDateTime(_now.AddDays(180)), RecordedAtUtc = _now.AddDays(-300 + (version * 100)),
                RecordedByUserId = Recorder,
            };
        }
    }

    private static ExpectationAcknowledgement Acknowledgement(ExpectationAgreement agreement, Guid personId, string userId) => new()
    {
        Id = Guid.NewGuid(), AgreementId = agreement.Id, PersonId = personId, UserId = userId,
        AcknowledgedAtUtc = agreement.RecordedAtUtc.AddDays(2),
    };

    private AuditEntry NewAuditEntry(Relation relation, Person person) => new()
    {
        Id = Guid.NewGuid(), OccurredAtUtc = _now.AddMinutes(-_random.Number(1, 525_600)), ActorUserId = person.UserId!,
        Action = AuditAction.RelativeRead, Outcome = AuditOutcome.Allowed, CitizenId = relation.CitizenId,
        PersonId = relation.PersonId, Topic = _random.Enum<ConsentTopic>(),
    };

    private static async Task<IReadOnlyList<Manifest.StaffMember>> AddStaffAsync(
        IServiceProvider services, PortalDbContext db, List<Unit> units, Guid municipalityId, CancellationToken ct)
    {
        var manager = services.GetRequiredService<UserManager<PortalUser>>();
        var store = (IUserAuthenticatorKeyStore<PortalUser>)services.GetRequiredService<IUserStore<PortalUser>>();
        var staff = new List<Manifest.StaffMember>();
        var ownUnits = units.Where(u => u.MunicipalityId == municipalityId).Take(DataSet.StaffUsers).ToList();
        for (var i = 0; i < ownUnits.Count; i++)
        {
            var email = $"medarbejder{i + 1}@bench.example";
            var user = new PortalUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Bench Medarbejder {i + 1}",
                MunicipalityId = municipalityId, TwoFactorEnabled = true,
            };
            Check(await manager.CreateAsync(user, RelativePassword));
            Check(await manager.AddToRoleAsync(user, PortalRoles.Staff));
            await store.SetAuthenticatorKeyAsync(user, DemoAccounts.AuthenticatorKey, ct);
            Check(await manager.UpdateAsync(user));
            db.StaffUnitAssignments.Add(new StaffUnitAssignment { UserId = user.Id, UnitId = ownUnits[i].Id });
            staff.Add(new Manifest.StaffMember(email, ownUnits[i].Id));
        }

        await db.SaveChangesAsync(ct);
        return staff;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    private static readonly string[] FirstNames =
        ["Anna", "Bent", "Birthe", "Erik", "Grethe", "Hans", "Inge", "Jens", "Karen", "Lars", "Mette", "Niels", "Ole", "Pia", "Søren"];

    private static readonly string[] Titles =
        ["Godt besøg i dag", "Ny tid hos lægen", "Tur i haven", "Ændret medicin", "Møde om boligen", "Fødselsdag i afdelingen",
         "Status fra aftenvagten", "Tandlægebesøg aftalt", "Afgørelse om hjælpemidler", "Ugens aktiviteter"];

    private static readonly string[] Bodies =
        ["Vi har haft en rolig dag med god appetit og en gåtur efter frokost. Humøret er godt.",
         "Lægen har set på blodtrykket og justeret dosis. Vi følger op om to uger.",
         "Der er aftalt besøg af fysioterapeut tirsdag og fredag de næste fire uger.",
         "Kommunen har truffet afgørelse om en ny kørestol. Den leveres i næste måned.",
         "Der var sang og kaffe i dagligstuen, og der blev fortalt om gamle dage."];
}
