namespace Paaroerende.Core.Tenancy;

/// <summary>A tenant: one municipality sharing the deployment.</summary>
public class Municipality
{
    public Guid Id { get; set; }

    /// <summary>Short, URL-safe name used in public addresses, e.g. "hvidovre".</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? WebAddress { get; set; }

    public List<Unit> Units { get; set; } = [];
}
