using NodaTime;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Fees;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Codes as people read them in a table, in the current language: a delivery mode (<c>onsite</c> is "on site",
/// "på plats"), a fee component (<c>trainer_pot</c> is "Trainer pot", "Utbildarpott"), a weekday. CSV and JSON
/// keep the codes.
/// </summary>
internal static class PeopleWords
{
    /// <summary>A delivery mode: "on site" or "digital".</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The words.</returns>
    public static string Of(DeliveryMode mode) =>
        mode == DeliveryMode.OnSite ? OutputTexts.DeliveryOnSite
        : mode == DeliveryMode.Digital ? OutputTexts.DeliveryDigital
        : mode.Code;

    /// <summary>A fee component: "Venue and refreshments", "Trainer pot", "Course material" or "Buffer".</summary>
    /// <param name="component">The component.</param>
    /// <returns>The words.</returns>
    public static string Of(FeeComponent component) =>
        component == FeeComponent.Venue ? OutputTexts.FeeVenue
        : component == FeeComponent.TrainerPot ? OutputTexts.FeeTrainerPot
        : component == FeeComponent.CourseMaterial ? OutputTexts.FeeCourseMaterial
        : component == FeeComponent.Buffer ? OutputTexts.FeeBuffer
        : component.Code;

    /// <summary>A day of the week: "Monday", "måndag".</summary>
    /// <param name="day">The day.</param>
    /// <returns>The word.</returns>
    public static string Of(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => OutputTexts.WeekdayMonday,
        IsoDayOfWeek.Tuesday => OutputTexts.WeekdayTuesday,
        IsoDayOfWeek.Wednesday => OutputTexts.WeekdayWednesday,
        IsoDayOfWeek.Thursday => OutputTexts.WeekdayThursday,
        IsoDayOfWeek.Friday => OutputTexts.WeekdayFriday,
        IsoDayOfWeek.Saturday => OutputTexts.WeekdaySaturday,
        IsoDayOfWeek.Sunday => OutputTexts.WeekdaySunday,
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, null),
    };
}
