using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.IO.Tests;

public sealed class CohortDataTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Event_value_means_event_when_equal_like_R_status_equals_2()
    {
        var path = _files.Write("s.csv", "time,status\n5,1\n6,2\n7,2\n8,1\n");
        var cohort = CohortCsvReader.ReadCohort(path, new ColumnRoles { Time = "time", Event = "status", EventValue = "2" });
        Assert.Equal([false, true, true, false], cohort.Event);
        Assert.Equal([0, 1, 1, 0], cohort.Status);
    }

    [Fact]
    public void Text_covariates_cluster_and_weights_are_extracted()
    {
        var path = _files.Write("c.csv", "time,status,arm,site,w\n5,1,bup, s1 ,1.5\n6,0,met,s2,2\n7,1,bup,s1,0.5\n8,0,met,,1\n");
        var cohort = CohortCsvReader.ReadCohort(path, new ColumnRoles { Time = "time", Event = "status", Covariates = ["arm"], Cluster = "site", Weights = "w" });
        Assert.Equal(["bup", "met", "bup"], cohort.CategoricalCovariates["arm"]);
        Assert.Empty(cohort.Covariates);
        Assert.Equal(["s1", "s2", "s1"], cohort.Cluster);
        Assert.Equal([1.5, 2, 0.5], cohort.Weights);
        Assert.Equal([5], cohort.DroppedLines);
        var sample = cohort.ToSurvivalSample();
        Assert.Equal([1.5, 2, 0.5], sample.Weights);
    }

    [Fact]
    public void Factors_take_numeric_codes_as_categories_in_R_spelling()
    {
        var path = _files.Write("f.csv", "time,status,clinic,site\n5,1,2,10\n6,0,1,2.0\n7,1,2,10\n8,0,1,2\n");
        var cohort = CohortCsvReader.ReadCohort(path, new ColumnRoles { Time = "time", Event = "status", Covariates = ["clinic", "site"], Factors = ["clinic", "site"] });
        Assert.Empty(cohort.Covariates);
        Assert.Equal(["2", "1", "2", "1"], cohort.CategoricalCovariates["clinic"]);

        // R: factor(c(10, 2.0, 10, 2)) has the levels "2", "10" (2.0 is the number 2).
        Assert.Equal(["10", "2", "10", "2"], cohort.CategoricalCovariates["site"]);
        Assert.Equal(["2", "10"], Factor.DefaultOrder(cohort.CategoricalCovariates["site"].Distinct()));
    }

    [Fact]
    public void Decimal_comma_text_covariate_stops_naming_the_column_and_the_option()
    {
        var path = _files.Write("eu.csv", "time;status;age\n5;1;12,5\n6;0;30\n7;1;41,25\n");
        var ex = Assert.Throws<InputException>(() => CohortCsvReader.ReadCohort(path, new ColumnRoles { Time = "time", Event = "status", Covariates = ["age"] }));
        Assert.Contains("column \"age\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--decimal-comma", ex.Message, StringComparison.Ordinal);
        var read = CohortCsvReader.ReadCohort(path, new ColumnRoles { Time = "time", Event = "status", Covariates = ["age"] }, new CsvReadOptions { DecimalComma = true });
        Assert.Equal([12.5, 30, 41.25], read.Covariates["age"]);
    }

    [Fact]
    public void Text_event_value()
    {
        var path = _files.Write("s.csv", "time,outcome\n5,dead\n6,alive\n7,lost\n");
        var cohort = CohortCsvReader.ReadCohort(path, new ColumnRoles { Time = "time", Event = "outcome", EventValue = "dead" });
        Assert.Equal([true, false, false], cohort.Event);
    }

    [Fact]
    public void Event_spellings_are_case_insensitive()
    {
        var path = _files.Write("s.csv", "time,ev\n1,TRUE\n2,false\n3,t\n4,F\n5,Yes\n6,NO\n7,1\n8,0\n");
        var cohort = CohortCsvReader.ReadCohort(path, new ColumnRoles { Time = "time", Event = "ev" });
        Assert.Equal([true, false, true, false, true, false, true, false], cohort.Event);
    }

    [Fact]
    public void Competing_risk_codes_build_a_competing_sample()
    {
        var path = _files.Write("cr.csv", "time,cause,arm\n5,0,A\n6,1,B\n7,2,A\n8,1,B\n");
        var cohort = CohortCsvReader.ReadCohort(path, new ColumnRoles { Time = "time", Event = "cause", EventKind = EventKind.Codes, Group = "arm" });
        Assert.Equal([0, 1, 2, 1], cohort.Status);
        var sample = cohort.ToSurvivalSample();
        Assert.Equal([1, 2], sample.Causes);
        Assert.Equal(2, sample.Groups!.LevelCount);
    }

    [Fact]
    public void Survival_sample_with_entry_strata_covariates_and_ids()
    {
        var path = _files.Write("full.csv", "id,start,stop,ev,arm,site,age\nP1,0,5,1,A,s1,30\nP2,1,6,0,B,s2,41.5\n,2,7,1,A,s1,50\n");
        var roles = new ColumnRoles { Time = "stop", Event = "ev", Entry = "start", Group = "arm", Strata = "site", Id = "id", Covariates = ["age"] };
        var cohort = CohortCsvReader.ReadCohort(path, roles);
        Assert.Equal(["P1", "P2", null], cohort.Id!);
        NumericAssert.AllClose([30, 41.5, 50], cohort.Covariates["age"]);
        var sample = cohort.ToSurvivalSample();
        Assert.True(sample.HasEntryTimes);
        Assert.Equal(["s1", "s2"], sample.Strata!.Levels);
        Assert.Empty(cohort.Diagnostics);
    }

    [Fact]
    public void Numeric_group_labels_are_invariant_text()
    {
        var path = _files.Write("g.csv", "time,ev,clinic\n5,1,1\n6,0,2\n");
        var cohort = CohortCsvReader.ReadCohort(path, new ColumnRoles { Time = "time", Event = "ev", Group = "clinic" });
        Assert.Equal(["1", "2"], cohort.Group!);
        cohort.RequireGroupComparison();
    }

    [Fact]
    public void Addicts_departed_has_150_events_and_95812_days()
    {
        var cohort = CohortCsvReader.ReadCohort(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "addicts.csv"),
            new ColumnRoles { Time = "days", Event = "departed", Group = "clinic", Covariates = ["prison", "mdose"], Id = "id" });
        Assert.Equal(238, cohort.Count);
        Assert.Equal(150, cohort.Event.Count(e => e));  // awk: sum of $4 = 150
        NumericAssert.Close(95812, cohort.Time.Sum()); // README: total days 95,812
        Assert.Equal(2, cohort.SourceLines[0]);
        Assert.Equal(239, cohort.SourceLines[^1]);
        var sample = cohort.ToSurvivalSample();
        Assert.Equal(["1", "2"], sample.Groups!.Levels);
    }
}
