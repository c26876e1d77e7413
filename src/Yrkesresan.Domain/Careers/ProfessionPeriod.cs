using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Yrkesresan.Domain.Careers;

/// <summary>
/// One period in the profession (rule <c>STEP-3</c>): from <see cref="Start"/> to <see cref="End"/>,
/// both days included, or from <see cref="Start"/> on when the person is still in the profession.
/// </summary>
/// <remarks>
/// <para>
/// Dates are in the ISO calendar. The start day counts as a day in the profession (rule <c>STEP-2</c>),
/// and so does the end day: <c>2021-01-01..2021-01-01</c> is one day.
/// </para>
/// <para>
/// The text form, which <see cref="ToString"/> writes and <see cref="Parse"/> reads, is
/// <c>2019-03-01..2021-05-31</c> for a closed period and <c>2019-03-01..</c> (or just
/// <c>2019-03-01</c>) for an open one.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public readonly record struct ProfessionPeriod
{
    /// <summary>Creates a period in the profession.</summary>
    /// <param name="start">The first day in the profession.</param>
    /// <param name="end">The last day in the profession, included; <see langword="null"/> (the default) when the person is still in the profession.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="end"/> is before <paramref name="start"/>, or a date is not in the ISO calendar.
    /// </exception>
    public ProfessionPeriod(LocalDate start, LocalDate? end = null)
    {
        if (start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"A period in the profession is in the ISO calendar, but its start is in the {start.Calendar.Id} calendar.", nameof(start));
        }

        if (end is LocalDate last)
        {
            if (last.Calendar != CalendarSystem.Iso)
            {
                throw new ArgumentException($"A period in the profession is in the ISO calendar, but its end is in the {last.Calendar.Id} calendar.", nameof(end));
            }

            if (last < start)
            {
                throw new ArgumentException(
                    $"A period in the profession cannot end ({Iso(last)}) before it starts ({Iso(start)}); the start must be on or before the end.",
                    nameof(end));
            }
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day in the profession.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day in the profession, included, or <see langword="null"/> when the person is still in the profession.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the person is still in the profession: the period has no end.</summary>
    public bool IsOpen => End is null;

    /// <summary>Whether a day is in the period, both ends included.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is on or after <see cref="Start"/> and, for a closed period, on or before <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Start <= date && (End is not LocalDate end || date <= end);

    /// <summary>
    /// Reads a period: <c>YYYY-MM-DD</c> or <c>YYYY-MM-DD..</c> (still in the profession), or
    /// <c>YYYY-MM-DD..YYYY-MM-DD</c> (both days included).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a period, or the period ends before it starts; the message says which.</exception>
    public static ProfessionPeriod Parse(string text)
    {
        Guard.Against.Null(text);
        return TryRead(text, out ProfessionPeriod period, out string? problem) ? period : throw new FormatException(problem);
    }

    /// <summary>Reads a period as <see cref="Parse"/> does, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProfessionPeriod period)
    {
        period = default;
        return text is not null && TryRead(text, out period, out _);
    }

    /// <summary>The period as text: <c>2019-03-01..2021-05-31</c>, or <c>2019-03-01..</c> when it is open.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => End is LocalDate end ? $"{Iso(Start)}..{Iso(end)}" : $"{Iso(Start)}..";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static bool TryRead(string text, out ProfessionPeriod period, [NotNullWhen(false)] out string? problem)
    {
        period = default;
        int separator = text.IndexOf("..", StringComparison.Ordinal);
        string startText = separator < 0 ? text : text[..separator];
        string endText = separator < 0 ? string.Empty : text[(separator + 2)..];
        ParseResult<LocalDate> start = LocalDatePattern.Iso.Parse(startText);
        ParseResult<LocalDate>? end = endText.Length == 0 ? null : LocalDatePattern.Iso.Parse(endText);
        if (!start.Success || end is { Success: false })
        {
            problem = LocalizedText.Format(CareerTexts.PeriodUnreadable, text);
            return false;
        }

        if (end is not null && end.Value < start.Value)
        {
            problem = LocalizedText.Format(CareerTexts.PeriodEndsBeforeStart, text, Iso(end.Value), Iso(start.Value));
            return false;
        }

        period = new ProfessionPeriod(start.Value, end?.Value);
        problem = null;
        return true;
    }
}
