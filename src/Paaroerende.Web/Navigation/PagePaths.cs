namespace Paaroerende.Web.Navigation;

/// <summary>
/// Every page's address in one place, for links, redirects, breadcrumbs and mail links. Each member repeats the
/// route template of its page's <c>@page</c> directive (or its folder path); PagePathsTests hold every member to a
/// page the running portal serves. Plain string formatting, no routing calls: the relatives' pages are on the hot
/// path. Page NAMES for <c>asp-page</c> and <c>RedirectToPage</c> stay names; routing resolves them.
/// </summary>
public static class PagePaths
{
    /// <summary>Pages anyone may open: information, contacts, privacy, accessibility. ("Public" is a reserved word in VB, CA1716.)</summary>
    public static class Everyone
    {
        public const string Information = "/Information";
        public const string Contacts = "/Kontakt";
        public const string Privacy = "/Privatliv";
        public const string MyPrivacy = "/Privatliv/Min";
        public const string Accessibility = "/Tilgaengelighed";

        public static string MunicipalityInformation(string municipality) => $"/Information/{municipality}";
        public static string CouncilMinutes(string municipality, Guid fileId) => $"/Information/{municipality}/Referater/{fileId}";
        public static string MunicipalityContacts(string municipality) => $"/Kontakt/{municipality}";
        public static string MunicipalityPrivacy(string municipality) => $"/Privatliv/{municipality}";
    }

    /// <summary>Signing in and out, invitations and recovery.</summary>
    public static class Account
    {
        public const string Login = "/Account/Login";
        public const string LoginWith2fa = "/Account/LoginWith2fa";
        public const string LoginWithRecoveryCode = "/Account/LoginWithRecoveryCode";
        public const string Logout = "/Account/Logout";
        public const string LoggedOut = "/Account/LoggedOut";
        public const string KeepAlive = "/Account/KeepAlive";
        public const string AccessDenied = "/Account/AccessDenied";
        public const string Lockout = "/Account/Lockout";
        public const string TwoFactor = "/Account/TwoFactor";
        public const string TwoFactorSetup = "/Account/TwoFactorSetup";
        public const string ForgotPassword = "/Account/ForgotPassword";
        public const string ResetPassword = "/Account/ResetPassword";
        public const string Invitation = "/Account/Invitation";
        public const string AcceptInvitation = "/Account/AcceptInvitation";
        public const string Nomination = "/Account/Nomination";
        public const string MitId = "/Account/MitId";
        public const string MitIdCallback = "/Account/MitIdCallback";
        public const string MitIdRefused = "/Account/MitIdRefused";
        public const string StaffSignIn = "/Account/StaffSignIn";
        public const string StaffSignInCallback = "/Account/StaffSignInCallback";
        public const string StaffSignInRefused = "/Account/StaffSignInRefused";
    }

    /// <summary>The relative's own pages and the pages about one citizen the relative follows.</summary>
    public static class Relatives
    {
        public const string Index = "/Relatives";
        public const string MyData = "/Relatives/MyData";
        public const string Notifications = "/Relatives/Notifications";

        public static string Citizen(Guid citizenId) => $"/Relatives/Citizen/{citizenId}";
        public static string Expectations(Guid citizenId) => $"/Relatives/Citizen/{citizenId}/Expectations";
        public static string CheckIn(Guid citizenId) => $"/Relatives/Citizen/{citizenId}/CheckIn";
        public static string Messages(Guid citizenId) => $"/Relatives/Citizen/{citizenId}/Messages";
        public static string MessageThread(Guid citizenId, Guid threadId) => $"/Relatives/Citizen/{citizenId}/Messages/{threadId}";
        public static string Calendar(Guid citizenId) => $"/Relatives/Citizen/{citizenId}/Calendar";
        public static string News(Guid citizenId) => $"/Relatives/Citizen/{citizenId}/News";
        public static string Meeting(Guid citizenId, Guid meetingId) => $"/Relatives/Citizen/{citizenId}/Calendar/Meetings/{meetingId}";
        public static string Event(Guid citizenId, Guid eventId) => $"/Relatives/Citizen/{citizenId}/Calendar/Events/{eventId}";
        public static string Feedback(Guid citizenId) => $"/Relatives/Citizen/{citizenId}/Feedback";
        public static string End(Guid citizenId) => $"/Relatives/Citizen/{citizenId}/End";
        public static string Attachment(Guid citizenId, Guid fileId) => $"/Relatives/Citizen/{citizenId}/Attachments/{fileId}";
    }

    /// <summary>The citizen's own pages.</summary>
    public static class Citizen
    {
        public const string Index = "/Citizen";
        public const string MyData = "/Citizen/MyData";
    }

    /// <summary>The municipal staff's pages.</summary>
    public static class Staff
    {
        public const string Index = "/Staff";
        public const string Messages = "/Staff/Messages";
        public const string Requests = "/Staff/Requests";

        public static string Citizen(Guid citizenId) => $"/Staff/Citizens/{citizenId}";
        public static string MessageThread(Guid citizenId, Guid threadId) => $"/Staff/Citizens/{citizenId}/Messages/{threadId}";
    }

    /// <summary>The municipal administrator's pages.</summary>
    public static class Admin
    {
        public const string Index = "/Admin";
        public const string Audit = "/Admin/Audit";
        public const string Councils = "/Admin/Councils";
        public const string Directory = "/Admin/Directory";
        public const string DirectoryImport = "/Admin/Directory/Import";
        public const string Feedback = "/Admin/Feedback";
        public const string FeedbackExport = "/Admin/Feedback/Export";
        public const string Information = "/Admin/Information";
        public const string Offers = "/Admin/Offers";
        public const string Privacy = "/Admin/Privacy";
        public const string Staff = "/Admin/Staff";
        public const string Units = "/Admin/Units";

        public static string FeedbackUnit(Guid unitId) => $"/Admin/Feedback/Units/{unitId}";
    }
}
