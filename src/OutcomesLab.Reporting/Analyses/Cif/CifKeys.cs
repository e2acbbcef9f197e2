using System.Collections.Immutable;
using OutcomesLab.Survival;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The settings the <c>cif</c> plan kind shares with <c>outcomeslab cif</c>, declared once for the plan keys and the CLI options.</summary>
internal static class CifKeys
{
    /// <summary>Variance of the cumulative incidence: cmprsk's delta method (default) or survfit's infinitesimal jackknife.</summary>
    public static PlanSetting<CifVarianceMethod> Variance { get; } = PlanSettings.Choice(
        "variance",
        CifVarianceMethod.Delta,
        "Variance of the estimate: cmprsk cuminc's delta method, or R survfit's infinitesimal jackknife.",
        ("delta", CifVarianceMethod.Delta),
        ("jackknife", CifVarianceMethod.InfinitesimalJackknife));

    /// <summary>Scale of the pointwise CIs, as R survival's <c>survfit_confint(logse = FALSE)</c>.</summary>
    public static PlanSetting<CifConfidenceTransform> ConfType { get; } = PlanSettings.Choice(
        "conf_type",
        CifConfidenceTransform.Log,
        "Scale of the pointwise CIs, from the SE of {variance} as R survival's survfit_confint(logse = FALSE) (survfit conf.type for pstate).",
        ("log", CifConfidenceTransform.Log),
        ("log-log", CifConfidenceTransform.LogLog),
        ("plain", CifConfidenceTransform.Plain));

    /// <summary>Power rho of Gray's test weight, cmprsk <c>cuminc(rho = )</c> (default 0).</summary>
    public static PlanSetting<double> GrayRho { get; } = PlanSettings.Number(
        "gray_rho",
        "number",
        0,
        "Power rho of the weight (1 - F(t-))^rho of Gray's test (cmprsk cuminc rho); needs {group}.",
        "a finite number such as 0, 0.5 or 1",
        double.IsFinite);

    /// <summary>Times at which the cumulative incidence is reported (cmprsk <c>timepoints()</c>): plan key <c>times</c>, CLI <c>--times</c>.</summary>
    public static PlanSetting<ImmutableArray<double>> Times { get; } = PlanSettings.NumberList(
        "times",
        "list of numbers >= 0",
        "quartiles of follow-up",
        "Times at which the cumulative incidence is reported with its SE and CI (the step value at or before each time, as cmprsk timepoints()).",
        "a number >= 0",
        x => x >= 0);
}
