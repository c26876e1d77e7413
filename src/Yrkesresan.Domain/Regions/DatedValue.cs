using NodaTime;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// A value of a region's data that is in force from a date (like an OpenFisca parameter): a fee
/// schedule, an eligibility policy. It stays in force until the day before the next value of the
/// same <see cref="Timeline{T}"/> takes over.
/// </summary>
/// <typeparam name="T">The kind of value.</typeparam>
/// <param name="ValidFrom">The first day the value is in force.</param>
/// <param name="Value">The value.</param>
public sealed record DatedValue<T>(LocalDate ValidFrom, T Value)
    where T : class;
