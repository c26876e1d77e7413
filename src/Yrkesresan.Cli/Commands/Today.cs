using NodaTime;

namespace Yrkesresan.Cli.Commands;

/// <summary>The day it is, by a clock: the default of <c>--as-of</c>.</summary>
internal static class Today
{
    /// <summary>The clock's day, in its local time zone.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The day.</returns>
    public static LocalDate By(TimeProvider clock) => LocalDate.FromDateTime(clock.GetLocalNow().DateTime);
}
