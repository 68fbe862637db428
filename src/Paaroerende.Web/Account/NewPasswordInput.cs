using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Paaroerende.Web.Account;

/// <summary>
/// A new password typed twice, as every page that sets one asks for it (a staff invitation, a relative's invitation,
/// a password reset). The field names are looked up in each page's own resources ("Password", "ConfirmPassword").
/// </summary>
public abstract class NewPasswordInput
{
    [Required]
    [StringLength(256)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required]
    [Compare(nameof(Password))]
    [Display(Name = "ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>Identity's refusals shown where the user can act on them.</summary>
public static class IdentityErrors
{
    /// <summary>
    /// A refusal of the password itself (too short, too common, …) goes under the password field
    /// <paramref name="passwordField"/>; any other (an invalid link, a taken address) to the form's error summary.
    /// </summary>
    public static void AddTo(ModelStateDictionary modelState, IdentityResult result, string passwordField)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : string.Empty, error.Description);
        }
    }
}
