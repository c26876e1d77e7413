using System.Globalization;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Reporting;

/// <summary>
/// The registered participants of a year's occasions whose course is on a career step's route (rules
/// <c>COURSE-1</c>, <c>REPORT-1</c>).
/// </summary>
/// <remarks>Made only by <see cref="AnnualReport"/>; immutable and safe to share between threads.</remarks>
public sealed class StepParticipants
{
    internal StepParticipants(CareerStep step, long participants)
    {
        Step = step;
        Participants = participants;
    }

    /// <summary>The career step.</summary>
    public CareerStep Step { get; }

    /// <summary>The participants registered for occasions of its courses: the registrations' counts added up.</summary>
    public long Participants { get; }

    /// <summary>The step's code and the count, e.g. <c>"Ny: 37"</c>.</summary>
    /// <returns>The line as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Step.Code}: {Participants}");
}
