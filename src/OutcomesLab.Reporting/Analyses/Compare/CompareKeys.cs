using OutcomesLab.Inference;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>Settings of the compare analysis and command, declared once for the plan and the CLI.</summary>
internal static class CompareKeys
{
    /// <summary>Adjustment of the p-values across outcomes, R <c>p.adjust</c> methods (default Holm, as R).</summary>
    public static PlanSetting<PAdjustMethod> Adjust { get; } = PlanSettings.Choice(
        "adjust",
        PAdjustMethod.Holm,
        "Adjustment of the p-values across outcomes, as R's p.adjust (bh and fdr are the same method).",
        ("holm", PAdjustMethod.Holm),
        ("hochberg", PAdjustMethod.Hochberg),
        ("hommel", PAdjustMethod.Hommel),
        ("bonferroni", PAdjustMethod.Bonferroni),
        ("bh", PAdjustMethod.BenjaminiHochberg),
        ("fdr", PAdjustMethod.BenjaminiHochberg),
        ("by", PAdjustMethod.BenjaminiYekutieli),
        ("none", PAdjustMethod.None)) with
    { OptionIgnoresCase = true };

    /// <summary>An outcome specification file: plan <c>outcomes_file</c> (relative to the plan's folder; or <c>outcomes</c> inline), CLI <c>--outcomes-file</c> (also spelled <c>--outcomes</c>).</summary>
    public static PlanSetting<string> OutcomesFile { get; } = PlanSettings.Text(
        "outcomes_file",
        "path",
        "",
        "JSON outcome specification file (schema in 'outcomeslab compare --help'); in a plan relative to the plan's folder, or give the specification inline as \"outcomes\".") with
    { OptionAliases = ["--outcomes"] };
}
