using System.ComponentModel.DataAnnotations;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Forms;

/// <summary>
/// A person's first and last name as the forms that name a new relative ask for them (staff's and the citizen's
/// nomination forms). The field names are looked up in each page's own resources ("FirstName", "LastName").
/// </summary>
public abstract class PersonNameInput
{
    [Required]
    [StringLength(FieldLengths.Name)]
    [Display(Name = "FirstName")]
    public string? FirstName { get; set; }

    [Required]
    [StringLength(FieldLengths.Name)]
    [Display(Name = "LastName")]
    public string? LastName { get; set; }
}
