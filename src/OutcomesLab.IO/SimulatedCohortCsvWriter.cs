using System.Globalization;
using OutcomesLab.Outcomes;
using OutcomesLab.Simulation;

namespace OutcomesLab.IO;

/// <summary>
/// Writes a simulated cohort (<see cref="CohortSimulator"/>) as a comma-separated file with a
/// header row, '.' decimals, LF line ends and empty fields for missing values. Formatting is
/// invariant-culture and allocation-free per row, so ten million rows stream at disk speed.
/// </summary>
public static class SimulatedCohortCsvWriter
{
    /// <summary>The header row, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "site", "arm", "age", "sex", "dose_mg", "time_days", "event", "event_type",
        "mo", "sc", "ua", "pd", "ad", "eq_vas",
        "mo_w24", "sc_w24", "ua_w24", "pd_w24", "ad_w24", "eq_vas_w24",
    ];

    /// <summary>The text written for each arm (matching the arm labels used across OutcomesLab examples).</summary>
    /// <param name="arm">The arm.</param>
    /// <returns>"methadone", "buprenorphine" or "xr-naltrexone".</returns>
    public static string ArmLabel(TreatmentArm arm) => arm switch
    {
        TreatmentArm.Methadone => "methadone",
        TreatmentArm.Buprenorphine => "buprenorphine",
        TreatmentArm.XrNaltrexone => "xr-naltrexone",
        _ => throw new ArgumentOutOfRangeException(nameof(arm), arm, "Unknown arm."),
    };

    /// <summary>Writes the header and one line per patient.</summary>
    /// <param name="writer">Destination; the caller owns and disposes it.</param>
    /// <param name="patients">The cohort.</param>
    /// <param name="progress">Optional; receives the number of rows written every 100,000 rows and at the end.</param>
    /// <param name="noise">Optional extra columns z1..zK after the cohort's own, written in shortest round-trip form (up to 17 significant digits).</param>
    /// <returns>The number of data rows written.</returns>
    public static long Write(TextWriter writer, IEnumerable<SimulatedPatient> patients, IProgress<long>? progress = null, NoiseCovariates? noise = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(patients);
        writer.Write(string.Join(',', noise is null ? Columns : [.. Columns, .. noise.Names]));
        writer.Write('\n');
        Span<char> line = stackalloc char[128 + (NoiseCovariates.MaxCount * 26)];
        Span<double> z = stackalloc double[noise?.Count ?? 0];
        long rows = 0;
        foreach (var p in patients)
        {
            var pos = 0;
            Append(line, ref pos, p.Id);
            line[pos++] = ',';
            "site_".AsSpan().CopyTo(line[pos..]);
            pos += 5;
            p.Site.TryFormat(line[pos..], out var w, "00", CultureInfo.InvariantCulture);
            pos += w;
            line[pos++] = ',';
            AppendText(line, ref pos, ArmLabel(p.Arm));
            Append(line, ref pos, p.Age);
            line[pos++] = ',';
            line[pos++] = p.Female ? 'F' : 'M';
            line[pos++] = ',';
            p.DoseMg.TryFormat(line[pos..], out w, "0.0", CultureInfo.InvariantCulture);
            pos += w;
            line[pos++] = ',';
            Append(line, ref pos, p.TimeDays);
            line[pos++] = ',';
            line[pos++] = p.Dropout ? '1' : '0';
            line[pos++] = ',';
            Append(line, ref pos, p.EventType);
            AppendState(line, ref pos, p.Baseline);
            line[pos++] = ',';
            Append(line, ref pos, p.BaselineVas);
            if (p.Week24 is { } w24)
            {
                AppendState(line, ref pos, w24);
            }
            else
            {
                ",,,,,".AsSpan().CopyTo(line[pos..]);
                pos += 5;
            }

            line[pos++] = ',';
            if (p.Week24Vas is { } vas24)
            {
                Append(line, ref pos, vas24);
            }

            if (noise is not null)
            {
                noise.NextRow(z);
                foreach (var value in z)
                {
                    line[pos++] = ',';
                    value.TryFormat(line[pos..], out w, "R", CultureInfo.InvariantCulture);
                    pos += w;
                }
            }

            line[pos++] = '\n';
            writer.Write(line[..pos]);
            rows++;
            if (progress is not null && rows % 100_000 == 0)
            {
                progress.Report(rows);
            }
        }

        progress?.Report(rows);
        return rows;
    }

    private static void Append(Span<char> line, ref int pos, int value)
    {
        value.TryFormat(line[pos..], out var written, default, CultureInfo.InvariantCulture);
        pos += written;
    }

    private static void AppendText(Span<char> line, ref int pos, string text)
    {
        text.AsSpan().CopyTo(line[pos..]);
        pos += text.Length;
        line[pos++] = ',';
    }

    private static void AppendState(Span<char> line, ref int pos, Eq5dState s)
    {
        ReadOnlySpan<byte> levels = [s.Mobility, s.SelfCare, s.UsualActivities, s.PainDiscomfort, s.AnxietyDepression];
        foreach (var level in levels)
        {
            line[pos++] = ',';
            line[pos++] = (char)('0' + level);
        }
    }
}
