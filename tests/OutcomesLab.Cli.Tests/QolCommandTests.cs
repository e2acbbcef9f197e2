using System.Globalization;
using System.Text.Json;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>qol score</c> and <c>qol value-sets</c> end to end on data/simulated_cohort.csv. Expected EQ-5D
/// indexes come from the eq5d R package (fragla/eq5d bfdc7ca): England 23345 = 0.234, 31131 = 0.84,
/// 11111 = 1; USA 21243 = 0.395; UK crosswalk 23345 = -0.011.
/// </summary>
public sealed class QolCommandTests
{
    private static string Cohort => RepositoryPaths.Combine("data", "simulated_cohort.csv");

    [Fact]
    public void Eq5d_5l_csv_appends_the_index_to_every_input_row()
    {
        var (code, stdout, stderr) = CliRunner.Run("qol", "score", "--input", Cohort, "--instrument", "eq5d-5l", "--value-set", "England", "--format", "csv");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(File.ReadAllLines(Cohort).Length, lines.Length);
        Assert.EndsWith(",eq_vas_w24,eq5d_index", lines[0], StringComparison.Ordinal);
        NumericAssert.Close(0.234, Last(lines[1]), rel: 1e-12);
        NumericAssert.Close(0.84, Last(lines[2]), rel: 1e-12);
        NumericAssert.Close(1.0, Last(lines[3]), rel: 1e-12);
        Assert.StartsWith("1,site_03,buprenorphine,58,M,20.6,365,", lines[1], StringComparison.Ordinal);
        Assert.Contains("10.1002/hec.3564", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Follow_up_columns_with_items_option_and_json()
    {
        var (code, stdout, _) = CliRunner.Run("qol", "score", "--input", Cohort, "--instrument", "eq5d-5l", "--value-set", "usa", "--items", "mo_w24,sc_w24,ua_w24,pd_w24,ad_w24", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var rows = doc.RootElement.GetProperty("rows");
        NumericAssert.Close(0.395, rows[0].GetProperty("eq5d_index").GetDouble(), rel: 1e-12);
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("eq5d_index").ValueKind); // no week-24 answers
        Assert.Equal("site_03", rows[0].GetProperty("site").GetString());
        Assert.Contains("10.1016/j.jval.2019.02.009", doc.RootElement.GetProperty("citation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Crosswalk()
    {
        var (code, stdout, _) = CliRunner.Run("qol", "score", "--input", Cohort, "--instrument", "eq5d-5l-crosswalk", "--format", "csv");
        Assert.Equal(0, code);
        NumericAssert.Close(-0.011, Last(stdout.Split('\n')[1]), rel: 1e-12);
    }

    [Fact]
    public void Level_6_in_an_eq5d_column_exits_2_with_line_and_column()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("bad.csv", "id,mo,sc,ua,pd,ad\n1,1,1,1,1,1\n2,1,6,1,1,1\n");
        var (code, stdout, stderr) = CliRunner.Run("qol", "score", "--input", input, "--instrument", "eq5d-5l");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("line 3", stderr, StringComparison.Ordinal);
        Assert.Contains("column \"sc\"", stderr, StringComparison.Ordinal);
        Assert.Contains("1 to 5", stderr, StringComparison.Ordinal);
        Assert.Contains("\"6\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_value_set_lists_the_available_ones()
    {
        var (code, _, stderr) = CliRunner.Run("qol", "score", "--input", Cohort, "--instrument", "eq5d-3l", "--value-set", "Narnia");
        Assert.Equal(2, code);
        Assert.Contains("Narnia", stderr, StringComparison.Ordinal);
        Assert.Contains("UK", stderr, StringComparison.Ordinal);
        Assert.Contains("Zimbabwe", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_item_column_is_named_and_wrong_items_count_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("qol", "score", "--input", Cohort, "--instrument", "whoqol-bref");
        Assert.Equal(2, code);
        Assert.Contains("\"q1\"", stderr, StringComparison.Ordinal);
        Assert.Contains("--items", stderr, StringComparison.Ordinal);
        var (code2, _, stderr2) = CliRunner.Run("qol", "score", "--input", Cohort, "--instrument", "eq5d-5l", "--items", "mo,sc");
        Assert.Equal(2, code2);
        Assert.Contains("5 items", stderr2, StringComparison.Ordinal);
    }

    [Fact]
    public void Sf12_v2_role_items_are_refused_with_a_message()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("sf12.csv", "gh1,pf02,pf04,rp2,rp3,re2,re3,bp2,mh3,vt2,mh4,sf2\n3,2,3,2,1,2,2,2,2,3,5,4\n3,2,3,4,1,2,2,2,2,3,5,4\n");
        var (code, _, stderr) = CliRunner.Run("qol", "score", "--input", input, "--instrument", "sf12v1");
        Assert.Equal(2, code);
        Assert.Contains("line 3", stderr, StringComparison.Ordinal);
        Assert.Contains("column \"rp2\"", stderr, StringComparison.Ordinal);
        Assert.Contains("SF-12 v2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sf12_and_whoqol_and_json_definition_score()
    {
        using var dir = new TempDirectory();
        var sf = dir.Write("sf12.csv", "gh1,pf02,pf04,rp2,rp3,re2,re3,bp2,mh3,vt2,mh4,sf2\n3,2,3,2,1,2,2,2,2,3,5,4\n");
        var (code, stdout, _) = CliRunner.Run("qol", "score", "--input", sf, "--instrument", "sf12v1");
        Assert.Equal(0, code);
        var f = stdout.Split('\n')[1].Split(',');
        NumericAssert.Close(40.82231, double.Parse(f[^2], CultureInfo.InvariantCulture), rel: 1e-12); // hand derivation in QuestionnaireTests
        NumericAssert.Close(56.53498, double.Parse(f[^1], CultureInfo.InvariantCulture), rel: 1e-12);

        var header = string.Join(",", Enumerable.Range(1, 26).Select(i => "q" + i.ToString(CultureInfo.InvariantCulture)));
        var wq = dir.Write("whoqol.csv", header + "\n3,4,2,1,4,4,3,4,3,4,3,2,4,3,5,3,4,4,4,4,3,4,4,3,4,2\n");
        var (code2, stdout2, _) = CliRunner.Run("qol", "score", "--input", wq, "--instrument", "whoqol-bref", "--format", "json");
        Assert.Equal(0, code2);
        using var doc = JsonDocument.Parse(stdout2);
        var row = doc.RootElement.GetProperty("rows")[0];
        NumericAssert.Close(59.375, row.GetProperty("whoqol_environment_transformed").GetDouble(), rel: 1e-12); // 27/8 × 4 = 13.5 → 59.375
        NumericAssert.Close(550.0 / 7, row.GetProperty("whoqol_physical_transformed").GetDouble(), rel: 1e-10);

        var def = dir.Write("scale.json", """{"name": "two", "items": ["x", "y"], "minimum": 0, "maximum": 3, "scales": [{"name": "total", "items": ["x", "y"], "aggregation": "sum"}]}""");
        var data = dir.Write("two.csv", "x,y\n1,2\n3,\n");
        var (code3, stdout3, _) = CliRunner.Run("qol", "score", "--input", data, "--instrument", def);
        Assert.Equal(0, code3);
        Assert.Equal("x,y,total\n1,2,3\n3,,\n", stdout3);
        var badDef = dir.Write("bad.json", """{"name": "two", "items": ["x"], "minimum": 0, "maximum": 3, "scales": [{"name": "t", "items": ["z"]}]}""");
        var (code4, _, stderr4) = CliRunner.Run("qol", "score", "--input", data, "--instrument", badDef);
        Assert.Equal(2, code4);
        Assert.Contains("scales[0].items[0]", stderr4, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_sets_lists_every_value_set_with_a_citation()
    {
        var (code, stdout, _) = CliRunner.Run("qol", "value-sets", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(95, doc.RootElement.GetArrayLength());
        Assert.Contains(doc.RootElement.EnumerateArray(), e => e.GetProperty("value_set").GetString() == "England" && e.GetProperty("doi").GetString() == "10.1002/hec.3564");
    }

    private static double Last(string csvLine) => double.Parse(csvLine.Split(',')[^1], CultureInfo.InvariantCulture);
}
