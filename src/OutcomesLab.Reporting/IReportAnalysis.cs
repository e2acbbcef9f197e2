namespace OutcomesLab.Reporting;

/// <summary>One validated analysis of a plan, ready to run.</summary>
internal interface IReportAnalysis
{
    /// <summary>The analysis id from the plan.</summary>
    string Id { get; }

    /// <summary>
    /// Runs the analysis on the context's datasets and returns its report section. Problems with the
    /// data (unknown column, bad values) throw <see cref="PlanException"/> (located at the plan key)
    /// or <see cref="IO.InputException"/> (located in the data file); caveats go to the section's warnings.
    /// An analysis whose kind publishes a dataset calls <see cref="ReportContext.Publish"/>.
    /// </summary>
    ReportSection Run(ReportContext context);
}
