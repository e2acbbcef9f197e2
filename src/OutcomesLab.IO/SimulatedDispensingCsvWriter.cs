using System.Buffers.Text;
using System.Text;
using OutcomesLab.Simulation;

namespace OutcomesLab.IO;

/// <summary>
/// Writes simulated dispensing records (<see cref="DispensingSimulator"/>) as a comma-separated
/// UTF-8 file (no BOM) with the header <c>patient,day,medication,days_supplied,dose_mg</c> and LF
/// line ends. Numbers are formatted straight into a byte buffer (invariant, no per-row strings), so
/// a hundred million rows stream at disk speed.
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
    public static long Write(Stream stream, DispensingSimulationOptions options, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var buffer = new byte[BufferSize];
        var used = Encoding.UTF8.GetBytes(string.Join(',', Columns) + "\n", buffer);
        long rows = 0;
        var count = DispensingSimulator.Generate(options, r =>
        {
            if (used > BufferSize - 128)
            {
                stream.Write(buffer, 0, used);
                used = 0;
            }

            var span = buffer.AsSpan(used);
            var n = Append(span, r);
            used += n;
            if ((++rows & 0xFFFFF) == 0)
            {
                progress?.Report(rows);
            }
        });
        stream.Write(buffer, 0, used);
        progress?.Report(count);
        return count;
    }

    private static int Append(Span<byte> span, SimulatedDispensing r)
    {
        Utf8Formatter.TryFormat(r.Patient, span, out var n);
        span[n++] = (byte)',';
        Utf8Formatter.TryFormat(r.Day, span[n..], out var k);
        n += k;
        span[n++] = (byte)',';
        var med = MedicationBytes[(int)r.Medication];
        med.CopyTo(span[n..]);
        n += med.Length;
        span[n++] = (byte)',';
        Utf8Formatter.TryFormat(r.DaysSupplied, span[n..], out k);
        n += k;
        span[n++] = (byte)',';
        Utf8Formatter.TryFormat(r.Dose, span[n..], out k);
        n += k;
        span[n++] = (byte)'\n';
        return n;
    }
}
