namespace OutcomesLab.Reporting;

/// <summary>
/// Runs analysis plans: <c>AnalysisPlan.Load(path)</c>, then <see cref="Run"/>, then
/// <see cref="ReportResult.WriteTo"/>. The analyses compute with OutcomesLab.Core (tested against
/// R); each contributes a section of tables, figures, methods sentences and citations.
/// </summary>
public static class Report
{
    /// <summary>Runs every analysis of <paramref name="plan"/> in order and returns the sections, warnings and provenance.</summary>
    /// <param name="plan">A plan from <see cref="AnalysisPlan.Load"/>.</param>
    /// <param name="options">Callbacks for warnings and progress, or null for none.</param>
    /// <returns>The report, ready to inspect or to write with <see cref="ReportResult.WriteTo"/>.</returns>
    /// <exception cref="PlanException">An analysis names a column or value the data do not have (located at the plan key).</exception>
    /// <exception cref="IO.InputException">A data file has a bad value (named by file, line and column).</exception>
    public static ReportResult Run(AnalysisPlan plan, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var warnings = new ReportWarnings(options?.Warning);
        return ReportRunner.Run(plan, warnings, options?.Progress);
    }
}
