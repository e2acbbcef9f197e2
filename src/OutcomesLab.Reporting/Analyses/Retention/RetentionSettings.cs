using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>
/// The episode and retention rules shared by <c>outcomeslab retention</c> and the report's retention
/// analysis; <see cref="ToOptions"/> turns them into the library's <see cref="RetentionOptions"/>.
/// </summary>
/// <param name="Gap">Permissible gap (<c>--gap</c> / plan <c>gap</c>).</param>
/// <param name="Switch">Whether a change of medication continues the episode or starts a new one.</param>
/// <param name="RetainedAt">Days after the index day at which retention is reported.</param>
/// <param name="Horizon">Follow-up horizon in days (time in treatment capped at it), or null.</param>
/// <param name="CompletionDay">Planned end of treatment in days after the index day (still in the first episode then = completed, censored), or null.</param>
/// <param name="DataEnd">Last study day of the data, or null for the last covered day of any record.</param>
/// <param name="IntentionToTreat">Count index patients without a dose on or after the index day as not retained.</param>
internal sealed record RetentionSettings(EpisodeGap Gap, EpisodeSwitchRule Switch, IReadOnlyList<int> RetainedAt, int? Horizon, int? CompletionDay, int? DataEnd, bool IntentionToTreat)
{
    /// <summary>How overlapping supplies count (<see cref="RetentionKeys.Overlap"/>).</summary>
    public EpisodeOverlapRule Overlap { get; init; } = EpisodeOverlapRule.None;

    /// <summary>The library options; a horizon below one day, or a completion day below one or not before the horizon, is a usage error naming the option or key.</summary>
    /// <param name="horizonName">How the horizon is named to the user (<c>--horizon</c> or <c>horizon</c>).</param>
    /// <param name="completionName">How the completion day is named (<c>--completion-day</c> or <c>completion_day</c>).</param>
    public RetentionOptions ToOptions(string horizonName, string completionName)
    {
        if (Horizon is < 1)
        {
            throw new UsageException($"{horizonName} {Horizon}: expected at least 1 day.");
        }

        if (CompletionDay is < 1)
        {
            throw new UsageException($"{completionName} {CompletionDay}: expected at least 1 day after the index day (e.g. 161, the start of week 24).");
        }

        if (CompletionDay is { } d && Horizon is { } h && d >= h)
        {
            throw new UsageException($"{completionName} {d} is not before {horizonName} {h}: time in treatment is capped at the horizon, so the planned end of treatment must fall on day {h - 1} or earlier (Hser 2014: completion day 161 with a 168-day horizon).");
        }

        return new RetentionOptions
        {
            Episodes = new EpisodeOptions { Gap = Gap, Switch = Switch, Overlap = Overlap },
            Horizon = Horizon,
            CompletionDay = CompletionDay,
            DataEndDay = DataEnd,
            RetainedAtDays = RetainedAt,
            IntentionToTreat = IntentionToTreat,
        };
    }
}
