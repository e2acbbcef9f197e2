using OutcomesLab.Outcomes;

namespace OutcomesLab.Cli.Reporting.Sections;

/// <summary>
/// The episode and retention rules shared by <c>outcomeslab retention</c> and the report's retention
/// analysis; <see cref="ToOptions"/> turns them into the library's <see cref="RetentionOptions"/>.
/// </summary>
/// <param name="Gap">Permissible gap (<c>--gap</c> / plan <c>gap</c>).</param>
/// <param name="Switch">Whether a change of medication continues the episode or starts a new one.</param>
/// <param name="RetainedAt">Days after the index day at which retention is reported.</param>
/// <param name="Horizon">Follow-up horizon in days (time in treatment capped at it), or null.</param>
/// <param name="DataEnd">Last study day of the data, or null for the last covered day of any record.</param>
/// <param name="IntentionToTreat">Count index patients without a dose on or after the index day as not retained.</param>
internal sealed record RetentionSettings(EpisodeGap Gap, EpisodeSwitchRule Switch, IReadOnlyList<int> RetainedAt, int? Horizon, int? DataEnd, bool IntentionToTreat)
{
    /// <summary>The library options; a horizon below one day is a usage error naming <paramref name="horizonName"/>.</summary>
    public RetentionOptions ToOptions(string horizonName)
    {
        if (Horizon is < 1)
        {
            throw new UsageException($"{horizonName} {Horizon}: expected at least 1 day.");
        }

        return new RetentionOptions
        {
            Episodes = new EpisodeOptions { Gap = Gap, Switch = Switch },
            Horizon = Horizon,
            DataEndDay = DataEnd,
            RetainedAtDays = RetainedAt,
            IntentionToTreat = IntentionToTreat,
        };
    }
}
