using OutcomesLab.Outcomes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Outcomes;

/// <summary>WHOQOL-BREF, SF-12 v1 and PROMIS Global Health worked examples derived by hand from the published rules.</summary>
public sealed class QuestionnaireTests
{
    // q1..q26
    private static readonly double?[] Whoqol = [3, 4, 2, 1, 4, 4, 3, 4, 3, 4, 3, 2, 4, 3, 5, 3, 4, 4, 4, 4, 3, 4, 4, 3, 4, 2];

    [Fact]
    public void Whoqol_bref_worked_example()
    {
        // physical: (6-q3)=4, (6-q4)=5, q10=4, q15=5, q16=3, q17=4, q18=4 → 29/7 × 4 = 116/7 = 16.571428...; (116/7 - 4) × 100/16 = 550/7 = 78.571428...
        // psychological: 4, 4, 3, 3, 4, (6-q26)=4 → 22/6 × 4 = 44/3; (44/3 - 4) × 6.25 = 200/3
        // social: 4, 3, 4 → 11/3 × 4 = 44/3 → 200/3
        // environment: 4, 3, 2, 4, 3, 4, 3, 4 → 27/8 × 4 = 13.5 → 9.5 × 6.25 = 59.375
        var s = WhoqolBref.Score(Whoqol);
        NumericAssert.AllClose([116.0 / 7, 44.0 / 3, 44.0 / 3, 13.5], [.. s.Scales.Select(x => x.Score!.Value)], rel: 1e-14);
        NumericAssert.AllClose([550.0 / 7, 200.0 / 3, 200.0 / 3, 59.375], [.. s.Scales.Select(x => x.Transformed!.Value)], rel: 1e-14);
        Assert.False(s.Excluded);
    }

    [Fact]
    public void Whoqol_bref_missing_rules_spss_and_manual()
    {
        var r = (double?[])Whoqol.Clone();
        r[9] = null;  // q10
        r[15] = null; // q16: physical has 5 of 7 answered
        r[20] = null; // q21: social has 2 of 3 answered
        var spss = WhoqolBref.Score(r);
        Assert.Null(spss["physical"].Score);                       // MEAN.6 needs 6 answered
        NumericAssert.Close(16.0, spss["social"].Score, rel: 1e-14); // MEAN.2: (4 + 4)/2 × 4
        var manual = WhoqolBref.Score(r, WhoqolMissingRule.ManualSubstitution);
        NumericAssert.Close(17.6, manual["physical"].Score, rel: 1e-14); // (4 + 5 + 5 + 4 + 4)/5 × 4
        Assert.Null(manual["social"].Score);                               // social only with no item missing
    }

    [Fact]
    public void Whoqol_bref_excludes_questionnaires_with_more_than_20_percent_missing()
    {
        var r = (double?[])Whoqol.Clone();
        foreach (var i in new[] { 0, 1, 4, 7, 8 })
        {
            r[i] = null;
        }

        Assert.False(WhoqolBref.Score(r).Excluded); // 5 of 26 missing = 19%
        r[11] = null;
        var s = WhoqolBref.Score(r);
        Assert.True(s.Excluded);
        Assert.All(s.Scales, x => Assert.Null(x.Score));
    }

    [Fact]
    public void Whoqol_bref_out_of_range_names_row_item_and_allowed_values()
    {
        var bad = (double?[])Whoqol.Clone();
        bad[6] = 6;
        var ex = Assert.Throws<ArgumentException>(() => InstrumentScorer.Score(WhoqolBref.Definition(), [Whoqol, bad]));
        Assert.Contains("row 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"q7\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("whole numbers 1 to 5", ex.Message, StringComparison.Ordinal);
        bad[6] = 2.5;
        Assert.Throws<ArgumentException>(() => WhoqolBref.Score(bad));
    }

    [Fact]
    public void Sf12_v1_best_state_is_the_constants()
    {
        var s = Sf12V1.Score([1, 3, 3, 2, 2, 2, 2, 1, 1, 1, 6, 5]);
        NumericAssert.Close(56.57706, s.Pcs, rel: 1e-14);
        NumericAssert.Close(60.75781, s.Mcs, rel: 1e-14);
    }

    [Fact]
    public void Sf12_v1_worked_examples()
    {
        // gh1=3 (recoded 3: GH1_3), pf02=2 (PF02_2), pf04=3, rp2=2, rp3=1 (RP3_1), re2=2, re3=2, bp2=2 (recoded 4: BP2_4),
        // mh3=2 (recoded 5: MH3_5), vt2=3 (recoded 4: VT2_4), mh4=5 (MH4_5), sf2=4 (SF2_4). Weights from Ware et al. 1995:
        // PCS = 56.57706 - 3.02396 - 3.45555 - 5.51747 - 3.80130 + 0.66514 - 1.14387 + 0.41188 + 0.11038 = 40.82231
        // MCS = 60.75781 + 0.03482 + 1.86840 + 1.66968 + 0.90384 - 1.94949 - 1.65178 - 1.95934 - 3.13896 = 56.53498
        var s = Sf12V1.Score([3, 2, 3, 2, 1, 2, 2, 2, 2, 3, 5, 4]);
        NumericAssert.Close(40.82231, s.Pcs, rel: 1e-12);
        NumericAssert.Close(56.53498, s.Mcs, rel: 1e-12);

        // Worst state: gh1=5, pf=1,1, rp=1,1, re=1,1, bp2=5, mh3=6, vt2=6, mh4=1, sf2=1.
        // PCS = 56.57706 - 8.37399 - 7.23216 - 6.24397 - 4.61617 - 5.51747 + 3.04365 + 2.32091 - 11.25544 + 3.46638 - 2.44706 + 4.61446 - 0.33682 = 23.99938
        // MCS = 60.75781 - 1.71175 + 3.93115 + 2.68282 + 1.44060 + 1.66968 - 6.82672 - 5.69921 + 1.48619 - 10.19085 - 6.02409 - 16.15395 - 6.29724 = 19.06444
        var w = Sf12V1.Score([5, 1, 1, 1, 1, 1, 1, 5, 6, 6, 1, 1]);
        NumericAssert.Close(23.99938, w.Pcs, rel: 1e-12);
        NumericAssert.Close(19.06444, w.Mcs, rel: 1e-12);
    }

    [Fact]
    public void Sf12_refuses_v2_role_items_and_out_of_range_values_and_skips_incomplete()
    {
        var v2 = Assert.Throws<ArgumentException>(() => Sf12V1.Score([3, 2, 3, 4, 5, 3, 5, 2, 2, 3, 5, 4]));
        Assert.Contains("SF-12 v2", v2.Message, StringComparison.Ordinal);
        Assert.Contains("\"rp2\"", v2.Message, StringComparison.Ordinal);
        var range = Assert.Throws<ArgumentException>(() => Sf12V1.Score([3, 4, 3, 2, 1, 2, 2, 2, 2, 3, 5, 4]));
        Assert.Contains("\"pf02\"", range.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 3", range.Message, StringComparison.Ordinal);
        var incomplete = Sf12V1.Score([3, 2, 3, 2, 1, 2, 2, 2, null, 3, 5, 4]);
        Assert.Null(incomplete.Pcs);
        Assert.Equal(1, incomplete.Missing);
    }

    [Fact]
    public void Promis_global_health_worked_example()
    {
        // global01..10 = 3, 4, 3, 4, 3, 4, pain 5, fatigue 2, 4, emotional 2
        // physical raw = g03 3 + g06 4 + pain 5 → 3 + fatigue (6 - 2) 4 = 14 → T 44.9 (Hays et al. 2009 table)
        // mental raw = g02 4 + g04 4 + g05 3 + (6 - g10 2) 4 = 15 → T 50.8
        var s = PromisGlobalHealth.Score([3, 4, 3, 4, 3, 4, 5, 2, 4, 2]);
        Assert.Equal(14, s.PhysicalRaw);
        Assert.Equal(15, s.MentalRaw);
        NumericAssert.Close(44.9, s.PhysicalT, rel: 1e-15);
        NumericAssert.Close(50.8, s.MentalT, rel: 1e-15);
        NumericAssert.AllClose([16.2, 67.7, 21.2, 67.6], [PromisGlobalHealth.PhysicalTScore(4), PromisGlobalHealth.PhysicalTScore(20), PromisGlobalHealth.MentalTScore(4), PromisGlobalHealth.MentalTScore(20)]);
        Assert.Equal([5, 4, 4, 4, 3, 3, 3, 2, 2, 2, 1], Enumerable.Range(0, 11).Select(PromisGlobalHealth.RescorePain));
        var partial = PromisGlobalHealth.Score([3, 4, 3, 4, 3, 4, null, 2, 4, 2]);
        Assert.Null(partial.PhysicalT);
        NumericAssert.Close(50.8, partial.MentalT, rel: 1e-15);
        var ex = Assert.Throws<ArgumentException>(() => PromisGlobalHealth.Score([3, 4, 3, 4, 3, 4, 11, 2, 4, 2]));
        Assert.Contains("\"global07\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0 to 10", ex.Message, StringComparison.Ordinal);
    }
}
