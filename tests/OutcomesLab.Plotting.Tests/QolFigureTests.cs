using System.Text;
using OutcomesLab.Outcomes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

public sealed class QolFigureTests
{
    private static Eq5dProfileResult SimulatedProfile()
    {
        var (h, rows) = TestData.Csv("simulated_cohort.csv");
        int[] cols = [.. new[] { "mo", "sc", "ua", "pd", "ad" }.Select(c => Array.IndexOf(h, c))];
        var arm = Array.IndexOf(h, "arm");
        var states = rows.Select(r => Eq5dState.Create(int.Parse(r[cols[0]]), int.Parse(r[cols[1]]), int.Parse(r[cols[2]]), int.Parse(r[cols[3]]), int.Parse(r[cols[4]]))).ToList();
        return Eq5dProfile.Compute(states, [.. rows.Select(r => r[arm])]);
    }

    private static QolTrajectoryResult SimulatedTrajectory()
    {
        var (h, rows) = TestData.Csv("simulated_cohort.csv");
        int v0 = Array.IndexOf(h, "eq_vas"), v1 = Array.IndexOf(h, "eq_vas_w24"), arm = Array.IndexOf(h, "arm");
        static double Value(string s) => s.Length == 0 || s == "NA" ? double.NaN : TestData.Num(s);
        return QolTrajectory.Compute(
            [.. rows.Select(r => (IReadOnlyList<double>)[Value(r[v0]), Value(r[v1])])],
            ["Baseline", "Week 24"],
            [0, 24],
            [.. rows.Select(r => r[arm])]);
    }

    [Fact]
    public void Eq5d_profile_bar_heights_are_the_level_shares()
    {
        var profile = SimulatedProfile();
        var model = Eq5dProfileFigure.Model(profile);
        Assert.Equal(["MO", "SC", "UA", "PD", "AD"], model.Dimensions);
        Assert.Equal(profile.Groups.Select(g => g.Group), model.Groups);
        Assert.Equal(["A", "B", "C"], model.GroupKeys);
        Assert.Equal(3 * 5 * 5, model.Bars.Length);
        foreach (var group in profile.Groups)
        {
            foreach (var dim in group.Dimensions)
            {
                var bars = model.Bars.Where(b => b.Group == group.Group && b.Dimension == dim.Dimension).OrderBy(b => b.Level).ToList();
                NumericAssert.AllClose(dim.Shares.Select(s => 100 * s).ToList(), bars.Select(b => b.Top - b.Bottom).ToList(), abs: 1e-9);
                Assert.Equal(dim.Counts, bars.Select(b => b.Count));
                NumericAssert.Close(100, bars[^1].Top, abs: 1e-9);
                NumericAssert.Close(100 * dim.AnyProblemShare, 100 - bars[0].Top, abs: 1e-9);
            }
        }

        var proportion = Eq5dProfileFigure.Model(profile, new Eq5dProfilePlotOptions { Scale = SurvivalScale.Proportion });
        NumericAssert.Close(profile.Groups[0].Dimensions[0].Shares[0], proportion.Bars[0].Top);
    }

    [Fact]
    public void Eq5d_profile_renders_at_the_preset_size_and_deterministically()
    {
        var profile = SimulatedProfile();
        var figure = Eq5dProfileFigure.Create(profile);
        var png = figure.ToPng();
        TestData.Keep("eq5d-profile.png", png);
        ImageAssert.Png(png, 1004, figure.PixelHeight, 300);
        Assert.Equal(Encoding.UTF8.GetString(figure.ToSvg()), Encoding.UTF8.GetString(Eq5dProfileFigure.Create(profile).ToSvg()));
    }

    [Fact]
    public void Trajectory_points_and_error_bars_are_the_result_values()
    {
        var result = SimulatedTrajectory();
        var model = QolTrajectoryFigure.Model(result, new QolTrajectoryPlotOptions { NormLower = 70, NormUpper = 90 });
        Assert.Equal(["Baseline", "Week 24"], model.Visits);
        Assert.Equal(result.Groups, model.Series.Select(s => s.Group));
        foreach (var series in model.Series)
        {
            var points = result.Points.Where(p => p.Group == series.Group).OrderBy(p => p.VisitIndex).ToList();
            Assert.Equal(points.Select(p => p.Mean), series.Means);
            Assert.Equal(points.Select(p => p.Lower), series.Lower);
            Assert.Equal(points.Select(p => p.Upper), series.Upper);
            Assert.Equal(points.Select(p => p.N), series.N);
            Assert.All(series.X.Zip(points), z => Assert.InRange(z.First - z.Second.Time, -1.0, 1.0));
        }

        Assert.Equal((70.0, 90.0), (model.NormLower!.Value, model.NormUpper!.Value));
        Assert.Throws<ArgumentException>(() => QolTrajectoryFigure.Model(result, new QolTrajectoryPlotOptions { NormLower = 70 }));
    }

    [Fact]
    public void Trajectory_renders_at_the_preset_size_and_deterministically()
    {
        var result = SimulatedTrajectory();
        var options = new QolTrajectoryPlotOptions { NormLower = 70, NormUpper = 90, Preset = FigurePreset.JournalDouble.WithDpi(600) };
        var figure = QolTrajectoryFigure.Create(result, options);
        var png = figure.ToPng();
        TestData.Keep("qol-trajectory.png", png);
        ImageAssert.Png(png, FigurePreset.JournalDouble.WithDpi(600).Pixels(174), figure.PixelHeight, 600);
        Assert.Equal(Encoding.UTF8.GetString(figure.ToSvg()), Encoding.UTF8.GetString(QolTrajectoryFigure.Create(result, options).ToSvg()));
    }

    [Fact]
    public void Individual_lines_are_the_subjects_values_at_the_visit_times()
    {
        var result = QolTrajectory.Compute([[50, 60, 70], [40, double.NaN, 80], [55, 65, 75]], ["B", "W4", "W12"], [0, 4, 12], ["A", "A", "B"]);
        QolSubjectValues[] subjects = [new("A", [50, 60, 70]), new("A", [40, double.NaN, 80]), new("B", [55, 65, 75])];
        var options = new QolTrajectoryPlotOptions { Subjects = subjects };
        var model = QolTrajectoryFigure.Model(result, options);
        Assert.Equal(3, model.SubjectLines.Length);
        for (var i = 0; i < subjects.Length; i++)
        {
            Assert.Equal(subjects[i].Group, model.SubjectLines[i].Group);
            Assert.Equal(subjects[i].Values, model.SubjectLines[i].Y);
            Assert.Equal([0.0, 4, 12], model.SubjectLines[i].X);
        }

        Assert.Equal(OkabeIto.ForSeries(0), model.SubjectLines[0].Color);
        Assert.Equal(OkabeIto.ForSeries(1), model.SubjectLines[2].Color);
        Assert.Empty(QolTrajectoryFigure.Model(result).SubjectLines);
        Assert.Throws<ArgumentException>(() => QolTrajectoryFigure.Model(result, new QolTrajectoryPlotOptions { Subjects = [new("C", [1, 2, 3])] }));
        Assert.Throws<ArgumentException>(() => QolTrajectoryFigure.Model(result, new QolTrajectoryPlotOptions { Subjects = [new("A", [1, 2])] }));
        var figure = QolTrajectoryFigure.Create(result, options);
        ImageAssert.Png(figure.ToPng(), 1004, figure.PixelHeight, 300);
        Assert.Equal(Encoding.UTF8.GetString(figure.ToSvg()), Encoding.UTF8.GetString(QolTrajectoryFigure.Create(result, options).ToSvg()));
    }
}
