using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Consents;

public static class ConsentRegistration
{
    public static IServiceCollection AddConsentGate(this IServiceCollection services) =>
        services.AddScoped<ConsentGate>()
            .AddScoped<ConsentRecorder>()
            .AddScoped<ConsentChangePreview>()
            .AddScoped<CitizenConsents>()
            .AddScoped<ConsentReceipts>()
            .AddScoped<Privacy.PersonalDataExport>()
            .AddScoped<AuditLog>()
            .AddScoped<StaffScope>()
            .AddScoped<StaffTasks>()
            .AddScoped<Feedback.FeedbackReports>()
            .AddScoped<Updates.UpdateCorrections>()
            .AddScoped<Expectations.ExpectationAgreements>()
            .AddScoped<Relatives.RelativeInvitations>()
            .AddScoped<Relatives.CitizenNominations>()
            .AddScoped<Citizens.CitizenInvitations>();
}
