namespace OutcomesLab.Cli;

/// <summary>A column a command computed from two date columns: the follow-up time in a unit, or an age in completed years.</summary>
/// <param name="Name">The name the command gave the column.</param>
/// <param name="From">The start (or birth) date column.</param>
/// <param name="To">The end (or index) date column.</param>
/// <param name="Unit">The unit of the result: days, weeks, months, years, or "completed years" for an age.</param>
/// <param name="DaysPerUnit">Days in one unit for a time (1, 7, 30.4375, 365.25); null for an age in completed years.</param>
/// <param name="Statement">How it was computed, in words, for the outputs.</param>
internal sealed record DerivedColumn(string Name, string From, string To, string Unit, double? DaysPerUnit, string Statement);
