namespace OutcomesLab.Outcomes;

/// <summary>One group's change from the baseline visit to one later visit (see <see cref="ChangeFromBaseline"/>).</summary>
/// <param name="Change">n (patients with both values), mean change, SD, SE and t-based CI; <see cref="QolTrajectoryPoint.Visit"/> is the later visit and <see cref="QolTrajectoryPoint.VisitIndex"/> its index in the input.</param>
/// <param name="Responders">Patients whose change reaches the minimal important difference, of <see cref="QolTrajectoryPoint.N"/>; null without a MID.</param>
/// <param name="ReliablyImproved">Jacobson–Truax reliable improvement (RCI beyond the critical value in the better direction), of N; null without a reliability.</param>
/// <param name="NoReliableChange">|RCI| within the critical value, of N; null without a reliability.</param>
/// <param name="ReliablyDeteriorated">Reliable change in the worse direction, of N; null without a reliability.</param>
public sealed record ChangeFromBaselineGroup(QolTrajectoryPoint Change, int? Responders, int? ReliablyImproved, int? NoReliableChange, int? ReliablyDeteriorated);
