using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Calendar;

public static class CalendarRegistration
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) =>
        services.AddScoped<UnitEvents>().AddScoped<Meetings>().AddScoped<CalendarCorrections>();
}
