namespace OutcomesLab.Reporting.Inputs;

/// <summary>The columns and week window that turn urine screens and visits into use-pattern words (<see cref="UdsWordBuilder.Build(OutcomesLab.Outcomes.RetentionIndex, RecordTable, RecordTable, UdsWordColumns, Func{string, string})"/>).</summary>
/// <param name="Id">Patient column of the uds and visits tables.</param>
/// <param name="Day">Study-day column of the uds and visits tables.</param>
/// <param name="SubstanceColumn">Column of the uds table naming the positive substance.</param>
/// <param name="Substances">Substances that make a sample positive.</param>
/// <param name="VisitFilter">A <c>COLUMN=VALUE</c> filter of the visit rows with a sample, or null.</param>
/// <param name="FirstWeek">First week of the word (week k = days 7(k-1)+1..7k after the index day).</param>
/// <param name="LastWeek">Last week of the word.</param>
internal sealed record UdsWordColumns(string Id, string Day, string SubstanceColumn, IReadOnlyList<string> Substances, string? VisitFilter, int FirstWeek, int LastWeek);
