namespace Yrkesresan.Cli.Tests.Support;

/// <summary>A clock that always says the same day, so "the current year" is the same on every run.</summary>
internal sealed class FixedClock(int year) : TimeProvider
{
    private readonly DateTimeOffset now = new(year, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
