using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Paaroerende.Core.Tenancy;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Data;

/// <summary>
/// Unit types are stored by name. Their names became English (docs/adr/0048); a database that stored the Danish names
/// must read as the same types after migrating, or every page listing a unit would fail on the unknown name.
/// </summary>
public class UnitTypeNamesMigrationTests
{
    private const string MigrationBefore = "20261206140000_CouncilMeetingAttachments";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Units_stored_with_the_Danish_type_names_read_as_the_same_types_after_migrating(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        var stored = new Dictionary<string, UnitType>
        {
            ["Plejecenter"] = UnitType.NursingHome,
            ["Hjemmepleje"] = UnitType.HomeCare,
            ["Botilbud"] = UnitType.ResidentialOffer,
            ["Bofaellesskab"] = UnitType.SharedHousing,
            ["Misbrugsbehandling"] = UnitType.AddictionTreatment,
            ["Dagtilbud"] = UnitType.DayService,
            ["Andet"] = UnitType.Other,
        };
        await using (var before = database.CreateContext())
        {
            await before.GetService<IMigrator>().MigrateAsync(MigrationBefore);
            var municipality = new Municipality { Id = Guid.NewGuid(), Slug = "foer", Name = "Før Kommune" };
            before.Add(municipality);
            foreach (var danish in stored.Keys)
            {
                before.Add(new Unit { Id = Guid.NewGuid(), MunicipalityId = municipality.Id, Name = danish, Type = stored[danish] });
            }

            await before.SaveChangesAsync();
            // As the portal stored them before the names changed.
            foreach (var danish in stored.Keys)
            {
                await before.Database.ExecuteSqlAsync($"UPDATE \"Units\" SET \"Type\" = {danish} WHERE \"Name\" = {danish}");
            }
        }

        await using var after = database.CreateContext();
        await after.Database.MigrateAsync();

        var units = await after.Set<Unit>().ToDictionaryAsync(u => u.Name, u => u.Type);
        Assert.Equal(stored.OrderBy(s => s.Key), units.OrderBy(u => u.Key));
    }
}
