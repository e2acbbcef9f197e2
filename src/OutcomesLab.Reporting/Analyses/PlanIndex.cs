namespace OutcomesLab.Reporting.Analyses;

/// <summary>The index keys of the retention and uds analyses: which dataset holds the index day of each patient, and its arm.</summary>
/// <param name="Dataset">The index dataset (one row per patient after the filter).</param>
/// <param name="Day">Index-day column (study day from which time is counted).</param>
/// <param name="Filter">A <c>COLUMN=VALUE</c> filter of the index rows, or null.</param>
/// <param name="Id">Patient column of the index when it differs from <c>id</c>, or null.</param>
/// <param name="Group">Arm column of the index, or null for one group.</param>
internal sealed record PlanIndex(PlanDatasetRef Dataset, PlanColumn Day, PlanValue? Filter, PlanColumn? Id, PlanColumn? Group);
