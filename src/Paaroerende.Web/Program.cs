using Paaroerende.Core.Administration;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Messages;
using Paaroerende.Core.Notifications;
using Paaroerende.Core.Privacy;
using Paaroerende.Core.Staff;
using Paaroerende.Core.Updates;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Mail;
using Paaroerende.Web.MitId;
using Paaroerende.Web.StaffSignIn;
using Paaroerende.Web.TestBroker;
using Paaroerende.Web.Notifications;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalLogging();
builder.Services.AddPortalDatabase(builder.Environment.ContentRootPath);
builder.Services.AddPortalIdentity();
builder.Services.AddPortalMitId(builder.Configuration, builder.Environment);
builder.Services.AddPortalStaffSignIn(builder.Configuration, builder.Environment);
builder.Services.AddTestBroker(builder.Environment);
builder.Services.AddPortalDataProtection();
builder.Services.AddPortalSecurity();
builder.Services.AddPortalMail(builder.Environment.ContentRootPath);
builder.Services.AddPortalLocalization();
builder.Services.AddPortalPages();
builder.Services.AddBenchmarkBaselinePage();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDemoDataOnDemand();
builder.Services.AddAudit();
builder.Services.AddConsents();
builder.Services.AddStaffWork();
builder.Services.AddInvitations();
builder.Services.AddUpdates();
builder.Services.AddExpectations();
builder.Services.AddMessages();
builder.Services.AddCalendar();
builder.Services.AddFeedback();
builder.Services.AddPrivacy();
builder.Services.AddAdministration();
builder.Services.AddNotificationsAndRetention();
builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");

var app = builder.Build();
app.Services.RequirePublicAddress();

app.UsePortalPipeline();
await app.Services.InitializeDatabaseAsync(app.Configuration);
if (args is ["rebuild-current-consents"])
{
    Console.WriteLine($"Current consents rebuilt from the history: {await app.Services.RebuildCurrentConsentsAsync()} decisions.");
    return;
}

app.LogListeningAddresses();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
