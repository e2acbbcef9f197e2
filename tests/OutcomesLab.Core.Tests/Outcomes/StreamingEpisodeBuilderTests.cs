using OutcomesLab.Outcomes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>
/// The streaming builder against the in-memory one: oracle is <see cref="EpisodeBuilder.Build"/>
/// (itself checked against hand derivations in <see cref="EpisodeBuilderTests"/> and the published
/// CTN-0027 retention in <see cref="Ctn0027AcceptanceTests"/>), plus hand-derived endings and medians.
/// </summary>
public sealed class StreamingEpisodeBuilderTests
{
    private static readonly string?[] MedicationPool = [null, "methadone", "Methadone", "buprenorphine", "xr-naltrexone"];

    [Fact]
    public void SameEpisodesAsTheInMemoryBuilderOnTwoThousandRandomSets()
    {
        var rng = new Random(20261127);
        for (var set = 0; set < 2000; set++)
        {
            var records = RandomRecords(rng);
            var options = RandomOptions(rng);
            AssertSameEpisodes(records, options, $"set {set}");
        }
    }

    [Theory]
    [InlineData(null, EpisodeSwitchRule.Continuous)]
    [InlineData(7, EpisodeSwitchRule.Continuous)]
    [InlineData(14, EpisodeSwitchRule.Continuous)]
    [InlineData(30, EpisodeSwitchRule.NewEpisode)]
    public void SameEpisodesAsTheInMemoryBuilderOnCtn0027Dosing(int? gap, EpisodeSwitchRule rule)
    {
        var options = new EpisodeOptions { Gap = gap is { } g ? EpisodeGap.Of(g) : EpisodeGap.None, Switch = rule };
        AssertSameEpisodes(Ctn0027Data.Dosing(), options, "CTN-0027");
    }

    [Fact]
    public void EndingsAreGapSwitchAndLastRecord()
    {
        // Hand-derived: days 0,1 methadone; day 10 (8 uncovered days > gap 7) methadone; day 11 buprenorphine (switch).
        var builder = new StreamingEpisodeBuilder(new EpisodeOptions { Gap = EpisodeGap.Of(7), Switch = EpisodeSwitchRule.NewEpisode });
        var ended = new List<StreamedEpisode>();
        builder.StartPatient();
        foreach (var (day, med) in new[] { (0, "methadone"), (1, "methadone"), (10, "methadone"), (11, "buprenorphine") })
        {
            if (builder.Add(day, 1, double.NaN, med, out var e))
            {
                ended.Add(e);
            }
        }

        Assert.True(builder.EndPatient(out var last));
        ended.Add(last);
        Assert.Equal([EpisodeEnding.Gap, EpisodeEnding.Switch, EpisodeEnding.LastRecord], ended.Select(e => e.EndedBy));
        Assert.Equal([0, 10, 11], ended.Select(e => e.Start));
        Assert.Equal([2, 1, 1], ended.Select(e => e.Days));
    }

    [Fact]
    public void DayBeforeThePreviousRecordIsAnOrderError()
    {
        var builder = new StreamingEpisodeBuilder(new EpisodeOptions { Gap = EpisodeGap.Of(7) });
        builder.StartPatient();
        builder.Add(5, 1, double.NaN, null, out _);
        Assert.Throws<DispensingOrderException>(() => builder.Add(4, 1, double.NaN, null, out _));
    }

    [Fact]
    public void SummaryMediansAreRMedians()
    {
        // Lengths 1, 2 (patient 0) and 5, 10 (patients 1, 2): R median(c(1, 2, 5, 10)) = 3.5;
        // first episodes 1, 5, 10: median 5. Patients 1 and 2 have one episode each.
        var summary = new EpisodeStreamSummary();
        summary.Add(new StreamedEpisode(0, 0, 0, 1, 1, null, double.NaN, EpisodeEnding.Gap));
        summary.Add(new StreamedEpisode(0, 9, 10, 2, 2, null, double.NaN, EpisodeEnding.LastRecord));
        summary.Add(new StreamedEpisode(1, 0, 4, 5, 5, null, double.NaN, EpisodeEnding.LastRecord));
        summary.Add(new StreamedEpisode(2, 0, 9, 3, 10, null, double.NaN, EpisodeEnding.LastRecord));
        var r = summary.ToResult();
        Assert.Equal(3, r.Patients);
        Assert.Equal(4, r.Episodes);
        Assert.Equal(11, r.Records);
        Assert.Equal(1, r.EndedByGap);
        Assert.Equal(2, r.PatientsWithOneEpisode);
        NumericAssert.Close(3.5, r.MedianEpisodeDays);
        NumericAssert.Close(5, r.MedianFirstEpisodeDays);
    }

    internal static List<StreamedEpisode> Stream(DispensingRecords records, EpisodeOptions options)
    {
        var builder = new StreamingEpisodeBuilder(options);
        var episodes = new List<StreamedEpisode>();
        for (var p = 0; p < records.Patients.Length; p++)
        {
            builder.StartPatient();
            for (var i = records.PatientStarts[p]; i < records.PatientStarts[p + 1]; i++)
            {
                var dose = records.HasDoses ? records.Doses[i] : double.NaN;
                var med = records.HasMedications ? records.Medications[i] : null;
                if (builder.Add(records.Days[i], records.DaysSupplied[i], dose, med, out var e))
                {
                    episodes.Add(e);
                }
            }

            if (builder.EndPatient(out var last))
            {
                episodes.Add(last);
            }
        }

        return episodes;
    }

    private static void AssertSameEpisodes(DispensingRecords records, EpisodeOptions options, string what)
    {
        var expected = EpisodeBuilder.Build(records, options);
        var actual = Stream(records, options);
        Assert.True(expected.Count == actual.Count, $"{what}: {expected.Count} episodes in memory, {actual.Count} streamed");
        for (var i = 0; i < actual.Count; i++)
        {
            var a = actual[i];
            var ok = a.Patient == expected.Patient[i] && a.Start == expected.Start[i] && a.End == expected.End[i]
                && a.Records == expected.Records[i] && a.CoveredDays == expected.CoveredDays[i]
                && string.Equals(a.Medication, expected.Medication[i], StringComparison.Ordinal)
                && (a.MaxDose.Equals(expected.MaxDose[i]));
            Assert.True(ok, $"{what}: episode {i} differs: streamed {a}, in memory patient {expected.Patient[i]} {expected.Start[i]}..{expected.End[i]} records {expected.Records[i]} covered {expected.CoveredDays[i]} med {expected.Medication[i]} max {expected.MaxDose[i]}");
        }
    }

    private static DispensingRecords RandomRecords(Random rng)
    {
        var ids = new List<string>();
        var days = new List<int>();
        var supply = new List<int>();
        var doses = new List<double>();
        var meds = new List<string?>();
        var patients = rng.Next(1, 6);
        for (var p = 0; p < patients; p++)
        {
            var n = rng.Next(1, 16);
            var day = rng.Next(-5, 20);
            for (var k = 0; k < n; k++)
            {
                ids.Add("p" + p.ToString(System.Globalization.CultureInfo.InvariantCulture));
                days.Add(day);
                supply.Add(rng.Next(3) == 0 ? rng.Next(1, 29) : 1);
                doses.Add(rng.Next(5) == 0 ? double.NaN : rng.Next(0, 100));
                meds.Add(MedicationPool[rng.Next(MedicationPool.Length)]);
                day += rng.Next(4) switch { 0 => 0, 1 => 1, 2 => rng.Next(2, 12), _ => rng.Next(12, 60) };
            }
        }

        var withSupply = rng.Next(2) == 0;
        var withDoses = rng.Next(2) == 0;
        var withMeds = rng.Next(3) != 0;
        return DispensingRecords.Create(ids, days, withSupply ? supply : null, withDoses ? doses : null, withMeds ? meds : null);
    }

    private static EpisodeOptions RandomOptions(Random rng)
    {
        var gap = rng.Next(4) switch
        {
            0 => EpisodeGap.None,
            1 => EpisodeGap.Of(rng.Next(0, 15)),
            2 => EpisodeGap.Of(rng.Next(15, 40)),
            _ => EpisodeGap.PerMedication(new Dictionary<string, int?> { ["methadone"] = rng.Next(0, 10), ["buprenorphine"] = rng.Next(2) == 0 ? null : rng.Next(5, 30) }, rng.Next(2) == 0 ? null : rng.Next(0, 20)),
        };
        return new EpisodeOptions { Gap = gap, Switch = rng.Next(2) == 0 ? EpisodeSwitchRule.Continuous : EpisodeSwitchRule.NewEpisode };
    }
}
