namespace OutcomesLab.Reporting;

/// <summary>Callbacks of a report run (<see cref="Report.Run"/>).</summary>
public sealed record ReportOptions
{
    /// <summary>Called once with each distinct warning as it arrives (data notes, statistical caveats); all of them are also in <see cref="ReportResult.Warnings"/>.</summary>
    public Action<string>? Warning { get; init; }

    /// <summary>Called with the index and id of each analysis as it starts.</summary>
    public Action<int, string>? Progress { get; init; }
}
