using System.Collections.Immutable;
using OutcomesLab.Survival;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The settings the <c>km</c> plan kind shares with <c>outcomeslab km</c>, declared once for the plan keys and the CLI options.</summary>
internal static class KmKeys
{
    /// <summary>Pointwise CI transform, R survfit <c>conf.type</c> (default <c>"log"</c>, as R).</summary>
    public static PlanSetting<CiTransform> ConfType { get; } = PlanSettings.Choice(
        "conf_type",
        CiTransform.Log,
        "Pointwise CI transform (R survfit conf.type).",
        ("log", CiTransform.Log),
        ("log-log", CiTransform.LogLog),
        ("plain", CiTransform.Plain),
        ("logit", CiTransform.Logit),
        ("arcsin", CiTransform.Arcsin)) with
    {
        OptionIgnoresCase = true,
        OptionSpellings = [("loglog", CiTransform.LogLog), ("linear", CiTransform.Plain), ("asin", CiTransform.Arcsin)],
    };

    /// <summary>RMST horizon, R <c>summary(fit, rmean = tau)</c>.</summary>
    public static PlanSetting<double?> Tau { get; } = PlanSettings.OptionalNumber(
        "tau",
        "number > 0",
        "none",
        "RMST horizon: restricted mean survival time per group and, with two groups, their difference (R summary(fit, rmean = tau); survRM2 rmst2).",
        "a number greater than 0",
        x => x > 0);

    /// <summary>Landmark times (R <c>summary(fit, times =)</c>): plan key <c>times</c> (earlier <c>landmarks</c>), CLI <c>--times</c>.</summary>
    public static PlanSetting<ImmutableArray<double>> Times { get; } = PlanSettings.NumberList(
        "times",
        "list of numbers >= 0",
        "none",
        "Landmark times at which survival is tabulated with its CI, in any order (e.g. 90,180,365), as R's summary(fit, times = ): reported sorted; times after a curve's last time are left out (extend = FALSE).",
        "a number >= 0",
        x => x >= 0) with
    { PlanAliases = ["landmarks"] };
}
