using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Identity;

namespace Paaroerende.Web.Administration;

/// <summary>What an invitation or a change of a staff account must hold: known roles, at least one, and units for staff.</summary>
internal static class StaffInputRules
{
    public static void Check(IReadOnlyCollection<string> roles, IReadOnlyCollection<Guid> unitIds, ModelStateDictionary modelState, IStringLocalizer text)
    {
        if (roles.Count == 0 || roles.Except(StaffAccounts.Roles).Any())
        {
            modelState.AddModelError("Input.Roles", text["ChooseRole"]);
        }
        else if (roles.Contains(PortalRoles.Staff) && unitIds.Count == 0)
        {
            modelState.AddModelError("Input.UnitIds", text["ChooseUnit"]);
        }
    }
}
