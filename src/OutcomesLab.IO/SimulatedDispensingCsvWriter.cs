using System.Buffers.Text;
using System.Text;
using OutcomesLab.Simulation;

namespace OutcomesLab.IO;

/// <summary>
/// Writes simulated dispensing records (<see cref="DispensingSimulator"/>) as a comma-separated
/// UTF-8 file (no BOM) with the header <c>patient,day,medication,days_supplied,dose_mg</c> and LF
/// line ends. Numbers are formatted straight into a byte buffer (invariant, no per-row strings), so
/// a hundred million rows stream at disk speed. A <see cref="DispensingFileLayout"/> writes fill dates
/// and drug codes instead (claims style), from the same records.
/// </summary>
public static class SimulatedDispensingCsvWriter
{
    private const int BufferSize = 1 << 20;
    private static readonly byte[][] MedicationBytes =
    [
        Encoding.UTF8.GetBytes(SimulatedCohortCsvWriter.ArmLabel(TreatmentArm.Methadone)),
        Encoding.UTF8.GetBytes(SimulatedCohortCsvWriter.ArmLabel(TreatmentArm.Buprenorphine)),
        Encoding.UTF8.GetBytes(SimulatedCohortCsvWriter.ArmLabel(TreatmentArm.XrNaltrexone)),
    ];

    /// <summary>The header row, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["patient", "day", "medication", "days_supplied", "dose_mg"];

    /// <summary>Writes the header and one line per record.</summary>
    /// <param name="stream">Destination; the caller owns and disposes it.</param>
    /// <param name="options">Size and seed of the simulation.</param>
    /// <param name="progress">Optional; receives the number of rows written about every million rows and at the end.</param>
    /// <returns>The number of data rows written.</returns>
    /// <param name="layout">Study days and names (default), or fill dates and codes.</param>
    public static long Write(Stream stream, DispensingSimulationOptions options, IProgress<long>? progress = null, DispensingFileLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        layout ??= DispensingFileLayout.StudyDays;
        var buffer = new byte[BufferSize];
        var used = Encoding.UTF8.GetBytes(string.Join(',', layout.Columns) + "\n", buffer);
        long rows = 0;
        long patient = 0;
        var offset = 0;
        var startDay = layout.StartDate is { } start ? start.DayNumber : 0;
        DispensingSimulator.Generate(options, r =>
        {
            if (used > BufferSize - 256)
            {
                stream.Write(buffer, 0, used);
                used = 0;
            }

            if (r.Patient != patient)
            {
                patient = r.Patient;
                var (entry, naloxone) = ClaimsProducts.Patient(options.Seed, patient);
                offset = layout.StartDate is null ? 0 : startDay + entry;
                if (layout.Codes && naloxone)
                {
                    used += Append(buffer.AsSpan(used), r with { DaysSupplied = 1 }, layout, offset, ClaimsProducts.NaloxoneKit.Code);
                    rows++;
                }
            }

            used += Append(buffer.AsSpan(used), r, layout, offset, layout.Codes ? ClaimsProducts.For(r.Medication, r.Dose).Code : null);
            if ((++rows & 0xFFFFF) == 0)
            {
                progress?.Report(rows);
            }
        });
        stream.Write(buffer, 0, used);
        progress?.Report(rows);
        return rows;
    }

    /// <summary>Writes the medication map of the codes layout: <c>code,medication,strength,description</c>, one row per treatment product (the naloxone kit is left out on purpose).</summary>
    /// <param name="stream">Destination; the caller owns and disposes it.</param>
    public static void WriteMap(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var text = new StringBuilder("code,medication,strength,description\n");
        foreach (var p in ClaimsProducts.Treatment)
        {
            text.Append(p.Code).Append(',').Append(SimulatedCohortCsvWriter.ArmLabel(p.Medication!.Value)).Append(',')
                .Append(p.Strength.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(',').Append(CsvCell.Format(p.Description)).Append('\n');
        }

        stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static int Append(Span<byte> span, SimulatedDispensing r, DispensingFileLayout layout, int offset, string? code)
    {
        Utf8Formatter.TryFormat(r.Patient, span, out var n);
        span[n++] = (byte)',';
        int k;
        if (layout.StartDate is null)
        {
            Utf8Formatter.TryFormat(r.Day, span[n..], out k);
        }
        else
        {
            DateOnly.FromDayNumber(offset + r.Day).TryFormat(span[n..], out k, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        n += k;
        span[n++] = (byte)',';
        if (code is not null)
        {
            n += Encoding.UTF8.GetBytes(code, span[n..]);
        }
        else
        {
            var med = MedicationBytes[(int)r.Medication];
            med.CopyTo(span[n..]);
            n += med.Length;
        }

        span[n++] = (byte)',';
        Utf8Formatter.TryFormat(r.DaysSupplied, span[n..], out k);
        n += k;
        if (!layout.Codes)
        {
            span[n++] = (byte)',';
            Utf8Formatter.TryFormat(r.Dose, span[n..], out k);
            n += k;
        }

        span[n++] = (byte)'\n';
        return n;
    }
}
