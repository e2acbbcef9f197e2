using OutcomesLab.EffectSizes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>What <c>outcomeslab effect</c> (and the report's effect analysis) computes: one measure of one outcome between two arms.</summary>
/// <param name="Measure">Measure key, e.g. <c>hedges-g</c> (see <see cref="Measures"/>).</param>
/// <param name="Outcome">Outcome column.</param>
/// <param name="ConfidenceLevel">Confidence level, e.g. 0.95.</param>
/// <param name="EventValue">For the 2x2 measures, the outcome value meaning "event"; null for 0/1, TRUE/FALSE, yes/no.</param>
/// <param name="CiMethod">exact, normal, newcombe or wald; null for the measure's default (noncentral t, Newcombe).</param>
/// <param name="Correction">Continuity correction of the 2x2 measures (default as metafor <c>to="only0"</c>).</param>
/// <param name="HarmfulEvent">The event is harmful: a negative risk difference is a benefit (NNTB/NNTH labels).</param>
internal sealed record EffectSettings(string Measure, string Outcome, double ConfidenceLevel, string? EventValue, string? CiMethod, ContinuityCorrection Correction, bool HarmfulEvent)
{
    /// <summary>The measures of numeric outcomes.</summary>
    public static IReadOnlyList<string> ContinuousMeasures { get; } = ["cohens-d", "hedges-g", "glass-delta", "cohens-d-unpooled", "mean-difference", "rank-biserial", "cliffs-delta"];

    /// <summary>The measures of binary outcomes.</summary>
    public static IReadOnlyList<string> BinaryMeasures { get; } = ["odds-ratio", "risk-ratio", "risk-difference", "nnt"];

    /// <summary>Every measure, numeric ones first.</summary>
    public static IReadOnlyList<string> Measures { get; } = [.. ContinuousMeasures, .. BinaryMeasures];

    /// <summary>True for the 2x2 measures.</summary>
    public bool IsBinary => BinaryMeasures.Contains(Measure, StringComparer.Ordinal);

    /// <summary>
    /// Refuses interval methods and event values that do not belong to the measure;
    /// <paramref name="name"/> maps an option of the effect command (<c>--ci-method</c>) to what the user wrote.
    /// </summary>
    public void Validate(Func<string, string> name)
    {
        if (IsBinary && CiMethod is "exact" or "normal")
        {
            throw new UsageException($"{name("--ci-method")} {CiMethod} applies to the standardised mean differences; for {Measure} use newcombe or wald (risk-difference/nnt only).");
        }

        if (!IsBinary && CiMethod is "newcombe" or "wald")
        {
            throw new UsageException($"{name("--ci-method")} {CiMethod} applies to risk-difference and nnt; for {Measure} use exact or normal.");
        }

        if (IsBinary && CiMethod == "wald" && Measure is not ("risk-difference" or "nnt"))
        {
            throw new UsageException($"{name("--ci-method")} wald applies to risk-difference and nnt; {Measure} always uses its log (Woolf/Katz) interval.");
        }

        if (!IsBinary && HarmfulEvent)
        {
            throw new UsageException($"{name("--harmful-event")} applies to the binary measures ({string.Join(", ", BinaryMeasures)}), whose benefit direction depends on it; {Measure} is a difference of numbers (treatment minus control).");
        }

        if (!IsBinary && Correction != ContinuityCorrection.IfAnyZero)
        {
            throw new UsageException($"{name("--correction")} applies to the 2x2 measures; {Measure} has no cells to correct.");
        }

        if (!IsBinary && EventValue is not null)
        {
            throw new UsageException($"{name("--event-value")} applies to the binary measures ({string.Join(", ", BinaryMeasures)}); {Measure} uses the outcome as numbers.");
        }
    }
}
