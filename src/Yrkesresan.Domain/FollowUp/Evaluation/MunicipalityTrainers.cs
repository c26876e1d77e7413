using System.Globalization;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// A member municipality's trainers of a year (rule <c>GOAL-5</c>): how many of its employees taught
/// (one per trainer assignment of an occasion) and their trainer days (rule <c>POT-2</c>: one per trainer
/// and date taught).
/// </summary>
/// <remarks>Made only by <see cref="FollowUpEvaluation"/>; immutable and safe to share between threads.</remarks>
public sealed class MunicipalityTrainers
{
    internal MunicipalityTrainers(Municipality municipality, int trainers, long trainerDays)
    {
        Municipality = municipality;
        Trainers = trainers;
        TrainerDays = trainerDays;
    }

    /// <summary>The municipality.</summary>
    public Municipality Municipality { get; }

    /// <summary>Its trainers who taught in the year: one per trainer assignment of an occasion, as the ledger does not name people.</summary>
    public int Trainers { get; }

    /// <summary>Their trainer days in the year (rule <c>POT-2</c>).</summary>
    public long TrainerDays { get; }

    /// <summary>The name and the counts, e.g. <c>"Luleå: 2 trainers, 4 trainer days"</c>.</summary>
    /// <returns>The line as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Municipality.Name}: {Trainers} trainers, {TrainerDays} trainer days");
}
