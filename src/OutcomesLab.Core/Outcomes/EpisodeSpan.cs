namespace OutcomesLab.Outcomes;

/// <summary>One episode of one patient while scanning (rows are indices into <see cref="DispensingRecords"/>).</summary>
internal readonly record struct EpisodeSpan(int FirstRow, int LastRow, int Start, int End, int CoveredDays, double MaxDose);
