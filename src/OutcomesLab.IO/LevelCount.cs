namespace OutcomesLab.IO;

/// <summary>One distinct value of a column and how many rows have it (R's <c>table()</c>).</summary>
/// <param name="Level">The value as text.</param>
/// <param name="Count">Number of rows with this value.</param>
public sealed record LevelCount(string Level, int Count);
