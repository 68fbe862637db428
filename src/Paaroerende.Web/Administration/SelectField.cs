namespace Paaroerende.Web.Administration;

/// <summary>The model of Pages/Shared/_SelectField.cshtml: a DKFDS select with its label, hint and error.</summary>
/// <param name="Name">The posted name, e.g. "Input.CategoryId"; the error is looked up under it.</param>
/// <param name="EmptyText">A first option without a value ("Vælg …"), or null for none.</param>
/// <param name="Wide">For options that are whole sentences (the directory's situations).</param>
public sealed record SelectField(
    string Name, string Label, IReadOnlyList<SelectOption> Options, string? Selected, string? Hint = null, string? EmptyText = null,
    bool Wide = false);

/// <param name="Group">Options with the same group are shown under one heading (an optgroup).</param>
public sealed record SelectOption(string Value, string Text, string? Group = null);
