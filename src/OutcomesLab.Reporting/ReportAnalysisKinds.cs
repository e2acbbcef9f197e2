using System.Collections.Immutable;

namespace OutcomesLab.Reporting;

/// <summary>The registry of analysis kinds a plan's <c>"type"</c> may name: the one list to extend with a new kind.</summary>
internal static class ReportAnalysisKinds
{
    /// <summary>Every kind, in documentation order.</summary>
    public static ImmutableArray<IReportAnalysisKind> All { get; } =
    [
        // Survival and cohort description (branch report).
        new Table1AnalysisKind(),
        new KmAnalysisKind(),
        new CoxAnalysisKind(),
        new CifAnalysisKind(),
        // Retention, UDS, QoL, effect sizes and domain comparison (branch sections) go below.
        new RetentionAnalysisKind(),
        new UdsAnalysisKind(),
        new QolAnalysisKind(),
        new EffectAnalysisKind(),
        new CompareAnalysisKind(),
    ];

    /// <summary>The kind with <paramref name="type"/>, or null.</summary>
    public static IReportAnalysisKind? Find(string type) => All.FirstOrDefault(k => string.Equals(k.Type, type, StringComparison.Ordinal));
}
