using System.Text;
using OutcomesLab.Simulation;
using Xunit;

namespace OutcomesLab.IO.Tests;

/// <summary>The streaming dispensing reader: parsing (hand-written files) and the sortedness rule with the first out-of-order line.</summary>
public sealed class DispensingCsvStreamReaderTests
{
    private static readonly DispensingStreamColumns All = new("id", "day", "supply", "dose", "med");

    [Fact]
    public void ReadsQuotedSemicolonCrlfFilesWithBom()
    {
        using var files = new TempFiles();
        var path = files.WriteBytes("d.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\"med\";\"id\";day;supply;dose\r\n\"methadone\";\"a;1\";3;1;80.5\r\n\r\nNA;\"a;1\";4;7;NA\r\n\"say \"\"x\"\"\";b;2.0;1;\n")]);
        using var reader = DispensingCsvStreamReader.Open(path, All);
        Assert.True(reader.Read());
        Assert.True(reader.IsNewPatient);
        Assert.Equal(("a;1", 3, 1, 80.5, "methadone", 2L), (reader.PatientId, reader.Day, reader.DaysSupplied, reader.Dose, reader.Medication, reader.Line));
        Assert.True(reader.Read());
        Assert.False(reader.IsNewPatient);
        Assert.Equal((4, 7, null, 4L), (reader.Day, reader.DaysSupplied, reader.Medication, reader.Line));
        Assert.True(double.IsNaN(reader.Dose));
        Assert.True(reader.Read());
        Assert.True(reader.IsNewPatient);
        Assert.Equal(("b", 2, "say \"x\""), (reader.PatientId, reader.Day, reader.Medication));
        Assert.False(reader.Read());
        Assert.Equal(3, reader.Records);
    }

    [Theory]
    [InlineData("1\n2\n10\n10\n11", true)] // numeric order (sort -n)
    [InlineData("1\n10\n11\n2", true)] // ordinal order (LC_ALL=C sort)
    [InlineData("a\nb\nB2", false)] // 'B' (0x42) < 'b' (0x62) ordinally: line 4
    [InlineData("1\n2\n1", false)] // patient 1 again: line 4
    [InlineData("2\n10\n3", false)] // numeric then breaks both orders: line 4
    public void AcceptsNumericOrOrdinalOrderAndNamesTheFirstLineOutOfOrder(string ids, bool sorted)
    {
        using var files = new TempFiles();
        var path = files.Write("d.csv", "id,day\n" + string.Join("\n", ids.Split('\n').Select(i => i + ",1")) + "\n");
        using var reader = DispensingCsvStreamReader.Open(path, new DispensingStreamColumns("id", "day"));
        if (sorted)
        {
            while (reader.Read())
            {
            }

            return;
        }

        var ex = Assert.Throws<InputException>(() =>
        {
            while (reader.Read())
            {
            }
        });
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Equal("id", problem.Column);
        Assert.Contains("first record out of order", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void DayGoingBackWithinAPatientNamesTheLine()
    {
        using var files = new TempFiles();
        var path = files.Write("d.csv", "id,day\n1,5\n1,6\n1,4\n");
        using var reader = DispensingCsvStreamReader.Open(path, new DispensingStreamColumns("id", "day"));
        reader.Read();
        reader.Read();
        var problem = Assert.Single(Assert.Throws<InputException>(() => reader.Read()).Problems);
        Assert.Equal((4, "day"), (problem.Line, problem.Column));
        Assert.Contains("line 3, day 6", problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void BadValuesAndMissingColumnsAreInputProblems()
    {
        using var files = new TempFiles();
        var path = files.Write("d.csv", "id,day,supply\n1,5,1\n1,x,1\n");
        Assert.Equal(1, Assert.Single(Assert.Throws<InputException>(() => DispensingCsvStreamReader.Open(path, new DispensingStreamColumns("id", "dy"))).Problems).Line);
        using var reader = DispensingCsvStreamReader.Open(path, new DispensingStreamColumns("id", "day", "supply"));
        reader.Read();
        var problem = Assert.Single(Assert.Throws<InputException>(() => reader.Read()).Problems);
        Assert.Equal((3, "day", "x"), (problem.Line, problem.Column, problem.Found));
    }

    [Fact]
    public void SimulatedFileReadsBackAsSimulated()
    {
        using var files = new TempFiles();
        var options = new DispensingSimulationOptions(200, 11);
        var path = files.PathOf("sim.csv");
        using (var stream = File.Create(path))
        {
            SimulatedDispensingCsvWriter.Write(stream, options);
        }

        var expected = new List<SimulatedDispensing>();
        DispensingSimulator.Generate(options, expected.Add);
        using var reader = DispensingCsvStreamReader.Open(path, new DispensingStreamColumns("patient", "day", "days_supplied", "dose_mg", "medication"));
        var i = 0;
        while (reader.Read())
        {
            var e = expected[i++];
            Assert.Equal((e.Patient.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Day, e.DaysSupplied, (double)e.Dose, SimulatedCohortCsvWriter.ArmLabel(e.Medication)), (reader.PatientId, reader.Day, reader.DaysSupplied, reader.Dose, reader.Medication));
        }

        Assert.Equal(expected.Count, i);
    }
}
