namespace OutcomesLab.Reporting.Analyses;

/// <summary>Settings that several analysis kinds and CLI commands share: declared once, so a plan key and its CLI option have one name, one default and one rule.</summary>
internal static class SharedKeys
{
    /// <summary>Confidence level of the intervals: plan key <c>confidence_level</c>, CLI <c>--confidence-level</c> (also spelled <c>--conf-level</c>); default 0.95 as R's <c>conf.level</c> / <c>conf.int</c>.</summary>
    public static PlanSetting<double> ConfidenceLevel { get; } = PlanSettings.Number(
        "confidence_level",
        "number in (0, 1)",
        0.95,
        "Confidence level of every interval (R conf.level / conf.int).",
        "a number between 0 and 1 (exclusive), such as 0.95",
        x => x is > 0 and < 1) with
    { OptionAliases = ["--conf-level"] };

    /// <summary>The <c>confidence_level</c> key of one analysis, whose default is the plan's level.</summary>
    /// <param name="what">What the level applies to, e.g. "the hazard-ratio intervals (R conf.int)".</param>
    /// <returns>The key's documentation entry.</returns>
    public static PlanKey ConfidenceLevelOf(string what) => new(ConfidenceLevel.Key, ConfidenceLevel.Type, "the plan's", $"Confidence level of {what}.");

    /// <summary>Reads an analysis's own <c>confidence_level</c> with the shared rule.</summary>
    /// <param name="keys">The analysis object.</param>
    /// <returns>The level, or null when the analysis takes the plan's.</returns>
    public static double? ReadConfidenceLevel(PlanObject keys) => keys.OptionalNumber(ConfidenceLevel.Key, ConfidenceLevel.Expected!, ConfidenceLevel.Valid);

    /// <summary>The patient column of record files (dosing, urine screens, visits) and, unless <see cref="IndexId"/>, of the index: plan <c>patient</c>, CLI <c>--patient</c> (also spelled <c>--id</c>; the plan's <c>id</c> names the analysis).</summary>
    public static PlanSetting<PlanColumn> Id { get; } = PlanSettings.RequiredColumn(
        "patient",
        "Patient column of the record files and, unless {index_patient}, of the index file.") with
    { OptionAliases = ["--id"] };

    /// <summary>The study-day column of record files: plan <c>day</c>, CLI <c>--day</c>.</summary>
    public static PlanSetting<PlanColumn> Day { get; } = PlanSettings.RequiredColumn(
        "day",
        "Column with the integer study day of each record; for dispensing records (retention, episodes, plot gap-sensitivity) also a fill date, with the index day then a date too (study day = date - index date; episodes without an index counts from each patient's first fill).");

    /// <summary>The patient column of the index file when it differs from <see cref="Id"/>: plan <c>index_patient</c>, CLI <c>--index-patient</c> (also spelled <c>--index-id</c>).</summary>
    public static PlanSetting<PlanColumn?> IndexId { get; } = PlanSettings.Column(
        "index_patient",
        "Patient column of the index file when it differs from {patient}.") with
    { OptionAliases = ["--index-id"] };
}
