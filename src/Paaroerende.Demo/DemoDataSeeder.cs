using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Data;
using Paaroerende.Demo.Content;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Demo;

/// <summary>
/// Fills an empty database with the five demo municipalities (content from the policies) and generated units,
/// citizens and sign-ins. Idempotent: what exists already (by slug or e-mail) is left alone.
/// </summary>
public sealed class DemoDataSeeder(
    PortalDbContext db, UserManager<PortalUser> users, IUserStore<PortalUser> userStore, TimeProvider clock) : IDemoDataSeed
{
    private const int CitizensPerUnit = 6;

    public async Task SeedAsync()
    {
        // One transaction: a seed that fails half-way leaves nothing behind, and the next start tries again.
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var content in DemoContent.All())
        {
            if (!await db.Municipalities.AnyAsync(m => m.Slug == content.Slug))
            {
                AddMunicipality(content);
            }
        }

        await db.SaveChangesAsync();
        await new DemoPeopleSeeder(db, users, userStore, clock).SeedAsync();
        await new DemoCooperationSeeder(db, clock).SeedAsync();
        await new DemoFeedbackSeeder(db, clock).SeedAsync();
        await BindTestMitIdAsync();
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Binds the demo citizen and relatives to the local test broker's people (docs/adr/0035), and the demo staff member
    /// and Hvidovre's administrator to the broker's employees (acting as Hvidovre's own provider, docs/adr/0044), also in
    /// a database seeded before, so signing in through the broker works for them as their password does.
    /// </summary>
    private async Task BindTestMitIdAsync()
    {
        var staffIdentities = DemoAccounts.StaffIdpBindings.Select(b => (b.Email, b.Subject, Display: "Hvidovre Kommune"));
        foreach (var (email, subject, display) in DemoAccounts.MitIdBindings.Select(b => (b.Email, b.Subject, Display: "MitID")).Concat(staffIdentities))
        {
            if (await users.FindByEmailAsync(email) is { } user
                && await users.FindByLoginAsync(MitIdTestPersons.Issuer, subject) is null)
            {
                await users.AddLoginAsync(user, new UserLoginInfo(MitIdTestPersons.Issuer, subject, display));
            }
        }
    }

    private void AddMunicipality(MunicipalityContent content)
    {
        var municipality = new Municipality
        {
            Id = Guid.NewGuid(),
            Slug = content.Slug,
            Name = content.Name,
            WebAddress = content.WebAddress,
        };
        db.Municipalities.Add(municipality);

        foreach (var page in content.InformationPages) { page.MunicipalityId = municipality.Id; db.InformationPages.Add(page); }
        foreach (var category in content.DirectoryCategories) { category.MunicipalityId = municipality.Id; db.DirectoryCategories.Add(category); }
        foreach (var offer in content.Offers) { offer.MunicipalityId = municipality.Id; db.Offers.Add(offer); }
        foreach (var link in content.UsefulLinks) { link.MunicipalityId = municipality.Id; db.UsefulLinks.Add(link); }
        foreach (var council in content.RelativesCouncils) { council.MunicipalityId = municipality.Id; db.RelativesCouncils.Add(council); }

        // A fixed seed per municipality: the same demo citizens on every machine.
        var random = new Randomizer(StableSeed(content.Slug));
        foreach (var unit in DemoUnits.For(content.Slug))
        {
            unit.Id = Guid.NewGuid();
            unit.MunicipalityId = municipality.Id;
            db.Units.Add(unit);
            for (var i = 0; i < CitizensPerUnit; i++)
            {
                db.Citizens.Add(new Citizen
                {
                    Id = Guid.NewGuid(),
                    MunicipalityId = municipality.Id,
                    UnitId = unit.Id,
                    FirstName = random.ArrayElement(FakeNames.FirstNames),
                    LastName = random.ArrayElement(FakeNames.LastNames),
                    BirthDate = new DateOnly(random.Number(1928, 1965), random.Number(1, 12), random.Number(1, 28)),
                });
            }
        }
    }

    private static int StableSeed(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
