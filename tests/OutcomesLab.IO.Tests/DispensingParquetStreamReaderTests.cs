using System.Globalization;
using OutcomesLab.Simulation;
using Parquet;
using Parquet.Schema;
using Xunit;

namespace OutcomesLab.IO.Tests;

/// <summary>
/// The streaming Parquet dispensing reader. Oracles: the CSV streaming reader on the same records (a CSV
/// written to Parquet with several small row groups gives the same record sequence, field by field, with
/// row = line - 1), hand-written files with the first record out of order at a known row, and the row
/// group counters (a row group is read only when its first record is, and only its rows are held).
/// </summary>
public sealed class DispensingParquetStreamReaderTests : IDisposable
{
    private static readonly DispensingStreamColumns Simulated = new("patient", "day", "days_supplied", "dose_mg", "medication");

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string ToParquet(string csvPath, string name, int rowGroupSize)
    {
        var path = _files.PathOf(name);
        using var stream = File.Create(path);
        ParquetTableWriter.Write(CohortCsvReader.ReadTable(csvPath), stream, rowGroupSize);
        return path;
    }

    private string SimulatedCsv(int patients)
    {
        var path = _files.PathOf("sim.csv");
        using var stream = File.Create(path);
        SimulatedDispensingCsvWriter.Write(stream, new DispensingSimulationOptions(patients, 7));
        return path;
    }

    private static void AssertSameRecords(IDispensingRecordReader csv, IDispensingRecordReader parquet)
    {
        while (csv.Read())
        {
            Assert.True(parquet.Read());
            Assert.Equal(
                (csv.IsNewPatient, csv.PatientId, csv.Day, csv.DaysSupplied, csv.Dose, csv.Medication, csv.Position - 1),
                (parquet.IsNewPatient, parquet.PatientId, parquet.Day, parquet.DaysSupplied, parquet.Dose, parquet.Medication, parquet.Position));
        }

        Assert.False(parquet.Read());
        Assert.Equal(csv.Records, parquet.Records);
        Assert.Equal(csv.DaysFromFirstFill, parquet.DaysFromFirstFill);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(997)]
    [InlineData(ParquetTableWriter.RowGroupSize)]
    public void A_csv_written_as_parquet_streams_the_same_records_row_group_by_row_group(int rowGroupSize)
    {
        var csvPath = SimulatedCsv(rowGroupSize == 1 ? 20 : 150);
        var parquetPath = ToParquet(csvPath, "sim.parquet", rowGroupSize);
        using var csv = DispensingRecordReaders.Open(csvPath, Simulated);
        using var parquet = DispensingRecordReaders.Open(parquetPath, Simulated);
        Assert.IsType<DispensingParquetStreamReader>(parquet);
        AssertSameRecords(csv, parquet);
        Assert.True(csv.Records > 1000, "expected a many-record file");
    }

    [Fact]
    public void Date_and_timestamp_day_columns_count_days_from_the_first_fill_as_the_csv_reader()
    {
        // 2021-03-15 is day 18701 since 1970-01-01 (R: as.numeric(as.Date("2021-03-15"))); days from first fill: 0, 5, 12 for a.
        const string Text = "id,fill,supply,dose,med\na,2021-03-15,7,80.5,methadone\na,2021-03-20,7,,\na,2021-03-27,3,60,methadone\nb,2020-12-31,30,NA,naltrexone\nb,2021-01-01,1,2,naltrexone\n";
        var csvPath = _files.Write("dates.csv", Text);
        var columns = new DispensingStreamColumns("id", "fill", "supply", "dose", "med");
        using (var csv = DispensingRecordReaders.Open(csvPath, columns))
        using (var parquet = DispensingRecordReaders.Open(ToParquet(csvPath, "dates.parquet", 2), columns))
        {
            AssertSameRecords(csv, parquet);
            Assert.True(parquet.DaysFromFirstFill);
        }

        var stampCsv = _files.Write("stamps.csv", Text.Replace(",2021-03-15,", ",2021-03-15T23:59,", StringComparison.Ordinal).Replace(",2021-03-20,", ",2021-03-20 00:01:00,", StringComparison.Ordinal));
        Assert.Equal(ColumnKind.DateTime, CohortCsvReader.ReadTable(stampCsv).Columns[1].Kind);
        using var stamps = DispensingRecordReaders.Open(ToParquet(stampCsv, "stamps.parquet", 3), columns);
        var days = new List<int>();
        while (stamps.Read())
        {
            days.Add(stamps.Day);
        }

        Assert.Equal([0, 5, 12, 0, 1], days);
    }

    [Theory]
    [InlineData("1\n2\n10\n10\n11", 0)] // numeric order (sort -n)
    [InlineData("1\n10\n11\n2", 0)] // ordinal order (LC_ALL=C sort)
    [InlineData("a\nb\nB2", 3)] // 'B' (0x42) < 'b' (0x62) ordinally: row 3
    [InlineData("1\n2\n1", 3)] // patient 1 again: row 3
    [InlineData("2\n10\n3", 3)] // numeric then breaks both orders: row 3
    public void Patients_out_of_order_stop_at_the_first_row_out_of_order(string ids, int badRow)
    {
        var csv = _files.Write("d.csv", "id,day\n" + string.Join("\n", ids.Split('\n').Select(i => i + ",1")) + "\n");
        using var reader = DispensingRecordReaders.Open(ToParquet(csv, "d.parquet", 2), new DispensingStreamColumns("id", "day"));
        if (badRow == 0)
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
        Assert.Equal((badRow, "id"), (problem.Line, problem.Column));
        Assert.Contains("first record out of order", problem.Fix, StringComparison.Ordinal);
        Assert.Contains($"d.parquet row {badRow}, column \"id\"", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_going_back_within_a_patient_names_the_row_and_the_previous_row()
    {
        var csv = _files.Write("d.csv", "id,day\n1,5\n1,6\n1,4\n");
        var copy = _files.PathOf("d.dat");
        File.Copy(ToParquet(csv, "d.parquet", 1), copy);

        // Read as Parquet by the format, not the extension: the message still says "row".
        using var reader = DispensingRecordReaders.Open(copy, new DispensingStreamColumns("id", "day"), TableFileFormat.Parquet);
        reader.Read();
        reader.Read();
        var problem = Assert.Single(Assert.Throws<InputException>(() => reader.Read()).Problems);
        Assert.Equal((3, "day", "patient 1, day 4"), (problem.Line, problem.Column, problem.Found));
        Assert.Contains("previous record: row 2, day 6", problem.Expected, StringComparison.Ordinal);
        Assert.StartsWith(copy + " row 3, column \"day\"", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_one_row_group_is_read_at_a_time_and_only_when_its_first_record_is()
    {
        const int GroupSize = 250;
        var csvPath = SimulatedCsv(40);
        using var reader = DispensingParquetStreamReader.Open(ToParquet(csvPath, "sim.parquet", GroupSize), Simulated);
        Assert.Equal((0, 0), (reader.RowGroupsRead, reader.BufferedRows));
        var maxBuffered = 0;
        while (reader.Read())
        {
            // The row group of the current record is the last one read; none is read ahead.
            Assert.Equal(((reader.Records - 1) / GroupSize) + 1, reader.RowGroupsRead);
            maxBuffered = Math.Max(maxBuffered, reader.BufferedRows);
        }

        Assert.True(reader.RowGroupCount >= 10, $"expected many row groups, got {reader.RowGroupCount}");
        Assert.Equal(reader.RowGroupCount, reader.RowGroupsRead);
        Assert.Equal(GroupSize, maxBuffered);
        Assert.Equal(reader.Length, reader.BytesRead);
    }

    [Fact]
    public void Typed_columns_int32_ids_double_days_nullable_dose_and_medication_are_read_from_the_schema()
    {
        var path = _files.PathOf("typed.parquet");
        WriteParquet(
            path,
            new DataField<int>("id"),
            new DataField<double>("day"),
            new DataField<long?>("supply"),
            new DataField<float?>("dose"),
            new DataField<string>("med", true),
            [new[] { 7, 7, 12 }, new[] { 0.0, 3.0, 1.0 }, new long?[] { 3, 1, 28 }, new float?[] { 1.5f, null, float.NaN }, new[] { "bup", null, "bup" }]);
        using var reader = DispensingRecordReaders.Open(path, new DispensingStreamColumns("id", "day", "supply", "dose", "med"));
        Assert.True(reader.Read());
        Assert.Equal(("7", 0, 3, 1.5, "bup", false), (reader.PatientId, reader.Day, reader.DaysSupplied, reader.Dose, reader.Medication, reader.DaysFromFirstFill));
        Assert.True(reader.Read());
        Assert.Equal((3, 1, (string?)null, false), (reader.Day, reader.DaysSupplied, reader.Medication, reader.IsNewPatient));
        Assert.True(double.IsNaN(reader.Dose));
        Assert.True(reader.Read());
        Assert.True(reader.IsNewPatient);
        Assert.True(double.IsNaN(reader.Dose)); // NaN is missing, as in ParquetTableReader
        Assert.False(reader.Read());
    }

    [Fact]
    public void Bad_values_and_columns_name_the_row_column_found_and_fix()
    {
        var path = _files.PathOf("bad.parquet");
        WriteParquet(
            path,
            new DataField<string>("id", true),
            new DataField<double?>("day"),
            new DataField<long?>("supply"),
            new DataField<bool?>("flag"),
            [new[] { "a", "a", null }, new double?[] { 1, 2.5, 3 }, new long?[] { 1, 1, 0 }, new bool?[] { true, false, null }]);
        var columns = new DispensingStreamColumns("id", "day", "supply");
        using (var reader = DispensingRecordReaders.Open(path, columns))
        {
            Assert.True(reader.Read());
            var problem = Assert.Single(Assert.Throws<InputException>(() => reader.Read()).Problems);
            Assert.Equal((2, "day", "2.5"), (problem.Line, problem.Column, problem.Found));
            Assert.Contains("row 2", problem.ToString(), StringComparison.Ordinal);
        }

        var missing = Assert.Single(Assert.Throws<InputException>(() => DispensingRecordReaders.Open(path, new DispensingStreamColumns("ID2", "day"))).Problems);
        Assert.Equal((null, "ID2"), (missing.Line, missing.Column));
        Assert.Contains("The columns are: id, day, supply, flag.", missing.Fix, StringComparison.Ordinal);
        var wrongType = Assert.Single(Assert.Throws<InputException>(() => DispensingRecordReaders.Open(path, new DispensingStreamColumns("id", "flag"))).Problems);
        Assert.Equal(("flag", "a boolean column"), (wrongType.Column, wrongType.Found));
        Assert.Contains("DATE or TIMESTAMP", wrongType.Expected, StringComparison.Ordinal);

        var idPath = _files.PathOf("null-id.parquet");
        WriteParquet(idPath, new DataField<string>("id", true), new DataField<int>("day"), new DataField<int>("supply"), [new[] { "a", null }, new[] { 1, 2 }, new[] { 1, 1 }]);
        using var nullId = DispensingRecordReaders.Open(idPath, columns);
        Assert.True(nullId.Read());
        var noId = Assert.Single(Assert.Throws<InputException>(() => nullId.Read()).Problems);
        Assert.Equal((2, "id", "a patient id"), (noId.Line, noId.Column, noId.Expected));
    }

    /// <summary>Writes one row group of hand-typed columns with Parquet.Net (types the project's writer never produces: int32, float, non-nullable).</summary>
    private static void WriteParquet(string path, DataField a, DataField b, DataField c, DataField d, Array[] columns) =>
        WriteParquet(path, [a, b, c, d], columns);

    private static void WriteParquet(string path, DataField a, DataField b, DataField c, Array[] columns) =>
        WriteParquet(path, [a, b, c], columns);

    private static void WriteParquet(string path, DataField a, DataField b, DataField c, DataField d, DataField e, Array[] columns) =>
        WriteParquet(path, [a, b, c, d, e], columns);

    private static void WriteParquet(string path, DataField[] fields, Array[] columns)
    {
        using var stream = File.Create(path);
        var writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).GetAwaiter().GetResult();
        using (var group = writer.CreateRowGroup())
        {
            for (var j = 0; j < fields.Length; j++)
            {
                WriteColumn(group, fields[j], columns[j]);
            }

            group.CompleteValidate();
        }

        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static void WriteColumn(ParquetRowGroupWriter group, DataField field, Array values)
    {
        var task = values switch
        {
            int[] v => group.WriteAsync<int>(field, v.AsMemory()),
            double[] v => group.WriteAsync<double>(field, v.AsMemory()),
            double?[] v => group.WriteAsync<double>(field, v.AsMemory()),
            long?[] v => group.WriteAsync<long>(field, v.AsMemory()),
            float?[] v => group.WriteAsync<float>(field, v.AsMemory()),
            bool?[] v => group.WriteAsync<bool>(field, v.AsMemory()),
            string?[] v => group.WriteAsync(field, v),
            _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"column type {values.GetType()}"), nameof(values)),
        };
        task.GetAwaiter().GetResult();
    }
}
