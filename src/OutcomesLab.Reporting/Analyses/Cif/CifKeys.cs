using System.Collections.Immutable;
using OutcomesLab.Plotting;
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

    /// <summary>Layout of the figure's causes: plan key <c>panels</c>, CLI <c>--panels</c> of <c>plot cif</c>.</summary>
    public static PlanSetting<CifPanels> Panels { get; } = PlanSettings.Choice(
        "panels",
        CifPanels.Auto,
        "Layout of the figure: \"single\" draws every cause on one y-axis (line type = cause); \"per-cause\" one panel per cause, stacked over the shared time axis and at-risk table, each with its own y-range (line type = group); \"auto\" chooses per-cause when the highest curve of some cause is below 10% of the highest curve of the largest cause (a rare cause, e.g. 3 deaths in 600, would be a flat line at 0), else single.",
        ("auto", CifPanels.Auto),
        ("single", CifPanels.Single),
        ("per-cause", CifPanels.PerCause));

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
