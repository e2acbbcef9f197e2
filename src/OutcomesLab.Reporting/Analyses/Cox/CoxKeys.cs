using System.Collections.Immutable;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The settings the <c>cox</c> plan kind shares with <c>outcomeslab cox</c> and <c>plot cox</c>, declared once for the plan keys and the CLI options.</summary>
internal static class CoxKeys
{
    /// <summary>Handling of tied event times, R <c>coxph(ties = )</c> (default Efron, as R).</summary>
    public static PlanSetting<TieMethod> Ties { get; } = PlanSettings.Choice(
        "ties",
        TieMethod.Efron,
        "Handling of tied event times (R coxph ties).",
        ("efron", TieMethod.Efron),
        ("breslow", TieMethod.Breslow));

    /// <summary>Model terms (R formula right-hand side with <c>A:B</c> interactions): plan list, CLI comma-separated.</summary>
    public static PlanSetting<ImmutableArray<PlanColumn>> Covariates { get; } = PlanSettings.Structured(
        "covariates",
        "list of columns / \"A:B\"",
        PlanKey.Required,
        "Model terms: numeric columns as they are, text columns dummy-coded against their reference level, A:B for the interaction of two terms listed before (R A:B).",
        (keys, key) => keys.ColumnList(key, required: true, minCount: 1));

    /// <summary>Covariates taken as categories (R <c>factor()</c>).</summary>
    public static PlanSetting<ImmutableArray<PlanColumn>> Factor { get; } = PlanSettings.Structured(
        "factor",
        "list of columns",
        "none",
        "Covariates taken as categories whatever their type, as R's factor(): numeric codes (clinic 1/2, site 101..140) are dummy-coded with levels in numeric order (reference: the lowest, or {reference}); also accepts a text covariate with many levels on purpose.",
        (keys, key) => keys.ColumnList(key));

    /// <summary>Reference levels of categorical covariates (R <c>relevel</c>): plan object column -> level, CLI <c>col=level</c> repeated.</summary>
    public static PlanSetting<PlanObject?> Reference { get; } = PlanSettings.Structured(
        "reference",
        "object: column -> level",
        "first level in sorted order",
        "Reference level of a text or {factor} covariate (R relevel), e.g. arm = methadone; by default the first level in sorted order (numeric order for {factor}).",
        (keys, key) => keys.OptionalObject(key));

    /// <summary>Cluster labels for cluster-robust SEs (R <c>cluster()</c>).</summary>
    public static PlanSetting<PlanColumn?> Cluster { get; } = PlanSettings.Column(
        "cluster",
        "Column of cluster labels (e.g. site) for cluster-robust sandwich SEs (R cluster()).");

    /// <summary>Case weights (R <c>weights =</c>).</summary>
    public static PlanSetting<PlanColumn?> Weights { get; } = PlanSettings.Column(
        "weights",
        "Column of non-negative case weights (R weights =).");

    /// <summary>Robust variance on or off (R <c>robust =</c>); absent: as R.</summary>
    public static PlanSetting<bool?> Robust { get; } = PlanSettings.OptionalFlag(
        "robust",
        "as R",
        "Force the robust (sandwich) variance on (true) or off (false), R's robust=; by default as R: on with {cluster}, non-integer weights, or ids with several events. With {cluster} and false the model-based variance is used (R ignores cluster() for it) but the concordance SE is still grouped by the cluster, as R's coxph.");

    /// <summary>The proportional-hazards test (R <c>cox.zph</c>) and its time transform; on by default in plan and CLI alike.</summary>
    public static PlanSetting<CoxPhTransform?> PhTest { get; } = PlanSettings.Choice<CoxPhTransform?>(
        "ph_test",
        CoxPhTransform.KaplanMeier,
        "Proportional-hazards test on scaled Schoenfeld residuals with this time transform (R cox.zph transform; km as R's default); none to skip it.",
        ("km", CoxPhTransform.KaplanMeier),
        ("identity", CoxPhTransform.Identity),
        ("rank", CoxPhTransform.Rank),
        ("none", null));
}
