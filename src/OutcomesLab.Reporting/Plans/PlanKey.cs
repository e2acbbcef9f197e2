using System.Collections.Immutable;

namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// A documented key of the plan (root, dataset, or an analysis kind): used by validation (the allowed
/// keys) and by the generated documentation (<c>outcomeslab plan keys</c>, docs/analysis-plan.md).
/// </summary>
/// <param name="Name">The JSON key (snake_case).</param>
/// <param name="Type">The value type as users read it, e.g. <c>number in (0, 1)</c>, <c>"efron" | "breslow"</c>.</param>
/// <param name="Default">The default (R's where R has one) as text, or <c>required</c>.</param>
/// <param name="Description">What it does, naming the R equivalent where there is one.</param>
internal sealed record PlanKey(string Name, string Type, string Default, string Description)
{
    /// <summary>The <see cref="Default"/> text of required keys.</summary>
    public const string Required = "required";

    /// <summary>Earlier names of the key that plans may still use (never together with the key).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];
}
