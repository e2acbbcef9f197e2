namespace OutcomesLab.Outcomes;

/// <summary>
/// One-pass counts over the episodes of an <see cref="StreamingEpisodeBuilder"/>: patients, records,
/// episodes by how they ended, and the median episode length (overall and of each patient's first
/// episode) as R's <c>median</c> (mean of the two middle values for an even count). Lengths are
/// tallied in a histogram keyed by length, so memory grows with the range of lengths, not with the
/// number of episodes.
/// </summary>
public sealed class EpisodeStreamSummary
{
    private readonly SortedDictionary<int, long> _lengths = [];
    private readonly SortedDictionary<int, long> _firstLengths = [];
    private long _patients;
    private long _records;
    private long _episodes;
    private long _byGap;
    private long _bySwitch;
    private long _single;
    private long _lastPatient = -1;
    private long _episodesOfPatient;

    /// <summary>Counts one episode (in stream order).</summary>
    /// <param name="episode">The episode.</param>
    public void Add(in StreamedEpisode episode)
    {
        if (episode.Patient != _lastPatient)
        {
            CloseSinglePatient();
            _lastPatient = episode.Patient;
            _patients++;
            _episodesOfPatient = 0;
            Tally(_firstLengths, episode.Days);
        }

        _episodesOfPatient++;
        _episodes++;
        _records += episode.Records;
        Tally(_lengths, episode.Days);
        if (episode.EndedBy == EpisodeEnding.Gap)
        {
            _byGap++;
        }
        else if (episode.EndedBy == EpisodeEnding.Switch)
        {
            _bySwitch++;
        }
    }

    /// <summary>The counts so far.</summary>
    /// <returns>The summary.</returns>
    public EpisodeStreamSummaryResult ToResult()
    {
        var single = _single + (_episodesOfPatient == 1 ? 1 : 0);
        return new EpisodeStreamSummaryResult(_patients, _records, _episodes, _byGap, _bySwitch, single, Median(_lengths, _episodes), Median(_firstLengths, _patients));
    }

    private void CloseSinglePatient()
    {
        if (_episodesOfPatient == 1)
        {
            _single++;
        }
    }

    private static void Tally(SortedDictionary<int, long> histogram, int value)
    {
        histogram.TryGetValue(value, out var c);
        histogram[value] = c + 1;
    }

    private static double Median(SortedDictionary<int, long> histogram, long n)
    {
        if (n == 0)
        {
            return double.NaN;
        }

        var lower = (n - 1) / 2;
        var upper = n / 2;
        double? lowValue = null;
        long seen = 0;
        foreach (var (value, count) in histogram)
        {
            seen += count;
            if (lowValue is null && seen > lower)
            {
                lowValue = value;
            }

            if (seen > upper)
            {
                return (lowValue!.Value + value) / 2.0;
            }
        }

        return double.NaN;
    }
}
