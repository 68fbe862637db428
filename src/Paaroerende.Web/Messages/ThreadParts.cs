using System.ComponentModel.DataAnnotations;
using Paaroerende.Core.Messages;

namespace Paaroerende.Web.Messages;

/// <summary>One message as the thread pages show it: the staff's name on their own, and when the other side read it.</summary>
public sealed record MessageView(MessageSide From, string Body, DateTime SentAtUtc, string? StaffName, DateTime? ReadAtUtc);

/// <summary>The answer form of a thread page, the relative's and the staff's alike.</summary>
public sealed class ReplyInput
{
    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(Message.BodyLength)]
    [Display(Name = "Body")]
    public string? Body { get; set; }
}
