namespace Paaroerende.Web.Staff;

/// <summary>
/// A group of radio buttons (or one select) in Det Fælles Designsystem's markup, for the partials _RadioGroup and
/// _Select: the error sits next to the group, and a posted value wins over the model, so nothing chosen is lost.
/// </summary>
/// <param name="Name">The form field name, which is also the model state key (e.g. "Input.HowGiven").</param>
public sealed record ChoiceGroup(string Name, string Label, IReadOnlyList<Choice> Choices, string? Selected, string? Hint = null)
{
    /// <summary>Radios side by side from tablet width up (short labels only); stacked on a phone.</summary>
    public bool Inline { get; init; }

    /// <summary>With <see cref="Inline"/>: one under the other on a phone rather than two by two, for a scale whose order matters.</summary>
    public bool StackOnPhone { get; init; }

    /// <summary>For a select: the text of the empty first option (default "Vælg …").</summary>
    public string? EmptyLabel { get; init; }

    public string Id => Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(Name, "_");

    public static ChoiceGroup ForEnum<TEnum>(
        string name, string label, Func<TEnum, string> text, TEnum? selected, string? hint = null)
        where TEnum : struct, Enum =>
        new(name, label, Enum.GetValues<TEnum>().Select(v => new Choice(v.ToString(), text(v))).ToList(),
            selected?.ToString(), hint);
}

public sealed record Choice(string Value, string Label, string? Hint = null);
