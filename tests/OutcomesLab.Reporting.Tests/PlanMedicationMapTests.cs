using System.Text;
using OutcomesLab.Reporting.Plans;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Reporting.Tests;

/// <summary>
/// The plan's <c>medication_map</c> and a dataset's <c>text_columns</c>. Oracle: "codes mapped to names
/// give what the names give": the CTN-0027 dosing records with a medication name per arm, and the same
/// records with a 10-digit code per name whose leading zero matters (plus unmapped rows of another drug),
/// must give the same retention tables once the code column is read as text.
/// </summary>
public sealed class PlanMedicationMapTests
{
    private static string Forward(string path) => path.Replace('\\', '/');

    private static string Data(string file) => Forward(RepositoryPaths.Combine("data", "ctn0027", file));

    private static (string Names, string Codes) Files(TempDirectory dir)
    {
        var bup = File.ReadAllLines(Data("randomization.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[2] == "\"1\"" && f[1].Contains("BUP", StringComparison.Ordinal)).Select(f => f[0]).ToHashSet(StringComparer.Ordinal);
        var names = new StringBuilder("who,amount,when,medication\n");
        var codes = new StringBuilder("who,amount,when,ndc\n");
        var row = 0;
        foreach (var line in File.ReadAllLines(Data("treatment.csv")).Skip(1))
        {
            var who = line[..line.IndexOf(',', StringComparison.Ordinal)];
            var isBup = bup.Contains(who);
            names.Append(line).Append(isBup ? ",buprenorphine\n" : ",methadone\n");
            codes.Append(line).Append(isBup ? ",0012496120\n" : ",0005445382\n");
            if (++row % 25 == 0)
            {
                codes.Append(who).Append(",1,").Append(line[(line.LastIndexOf(',') + 1)..]).Append(",0009300580\n");
            }
        }

        return (dir.Write("names.csv", names.ToString()), dir.Write("codes.csv", codes.ToString()));
    }

    private static string Plan(TempDirectory dir, string file, string datasetExtra, string retentionExtra) => dir.Write($"plan{Guid.NewGuid():N}.json", $$"""
        {
          "title": "Map",
          "datasets": {
            "rx": { "file": "{{Forward(file)}}"{{datasetExtra}} },
            "rand": { "file": "{{Data("randomization.csv")}}" }
          },
          "analyses": [ {
            "id": "ret", "type": "retention", "dispensing": "rx", "patient": "who", "day": "when", "dose": "amount",
            "index": "rand", "index_day": "when", "index_filter": "which=1", "group": "treatment",
            "gap": "30;methadone=7", "switch": "new-episode", "retained_at": [90, 161]{{retentionExtra}}
          } ]
        }
        """);

    [Fact]
    public void Mapped_codes_read_as_text_give_the_tables_of_the_names_and_warn_about_the_rest()
    {
        using var dir = new TempDirectory();
        var (names, codes) = Files(dir);
        dir.Write("map.csv", "code,medication\n0005445382,methadone\n0012496120,buprenorphine\n");
        var expected = Report.Run(AnalysisPlan.Load(Plan(dir, names, "", ", \"medication\": \"medication\""))).Sections.Single();
        var actual = Report.Run(AnalysisPlan.Load(Plan(dir, codes, ", \"text_columns\": [\"ndc\"]", ", \"medication\": \"ndc\", \"medication_map\": \"map.csv\""))).Sections.Single();
        Assert.Equal(expected.Tables.Length, actual.Tables.Length);
        for (var t = 0; t < expected.Tables.Length; t++)
        {
            Assert.Equal(expected.Tables[t].Table.Rows.Select(r => string.Join("|", r)), actual.Tables[t].Table.Rows.Select(r => string.Join("|", r)));
        }

        var added = (File.ReadAllLines(names).Length - 1) / 25;
        Assert.Contains(actual.Warnings, w => w.Contains($"0009300580 ({added})", StringComparison.Ordinal));
        var rows = File.ReadAllLines(codes).Length - 1;
        Assert.Contains(actual.Methods, m => m.Contains($"through the map map.csv (2 codes for buprenorphine, methadone; codes matched exactly as text); {added} of {rows} records had a code not in the map", StringComparison.Ordinal));
    }

    [Fact]
    public void Codes_read_as_numbers_stop_and_name_text_columns()
    {
        using var dir = new TempDirectory();
        var (_, codes) = Files(dir);
        dir.Write("map.csv", "code,medication\n0005445382,methadone\n0012496120,buprenorphine\n");
        var ex = Assert.Throws<IO.InputException>(() => Report.Run(AnalysisPlan.Load(Plan(dir, codes, "", ", \"medication\": \"ndc\", \"medication_map\": \"map.csv\""))));
        Assert.Contains("\"text_columns\": [\"ndc\"]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(", \"text_columns\": [\"nd\"]", "", "\"nd\"")]
    [InlineData("", ", \"medication_map\": \"map.csv\"", "a \"medication\" column")]
    [InlineData("", ", \"medication\": \"ndc\", \"medication_map\": \"nope.csv\"", "an existing medication map")]
    public void Plan_mistakes_are_refused_at_their_key(string datasetExtra, string retentionExtra, string message)
    {
        using var dir = new TempDirectory();
        var (_, codes) = Files(dir);
        dir.Write("map.csv", "code,medication\n0005445382,methadone\n");
        var ex = Assert.Throws<PlanException>(() => Report.Run(AnalysisPlan.Load(Plan(dir, codes, datasetExtra, retentionExtra))));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
