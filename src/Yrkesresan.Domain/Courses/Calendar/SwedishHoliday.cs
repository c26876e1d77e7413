using NodaTime;

namespace Yrkesresan.Domain.Courses.Calendar;

/// <summary>
/// A named day of the Swedish calendar that is not a working day (rule <c>COURSE-7</c>): the
/// thirteen public holidays of a year under Swedish law (<see cref="SwedishHolidayKind.PublicHoliday"/>)
/// and the three eves that are not working days either (<see cref="SwedishHolidayKind.Eve"/>).
/// </summary>
/// <remarks>
/// <para>
/// The law changed, and <see cref="DateIn"/> follows it: Whit Monday (<see cref="AnnandagPingst"/>) was
/// a public holiday until 2004, and Sweden's National Day (<see cref="Nationaldagen"/>) took its place
/// from 2005; since 1953 Midsummer Day and All Saints' Day have been the Saturdays of their weeks. So
/// every year from 1953 to 2199 has 16 named days: 13 public holidays and 3 eves.
/// </para>
/// <para>
/// The set is ordered by <c>Value</c>, from 1 to 17, as the days usually fall in a year; that
/// order breaks the tie when two named days share a date. The
/// <see cref="CodedValue{TEnum}.DisplayName"/> is the Swedish name (<c>"Kristi himmelsfärdsdag"</c>),
/// the <see cref="CodedValue{TEnum}.Code"/> an ASCII spelling of it (<c>"kristi-himmelsfardsdag"</c>).
/// Messages name a day by its Swedish name in every language, as a proper name
/// (<c>"2023-01-06 is Trettondedag jul, not a working day (COURSE-7)"</c>).
/// </para>
/// <para>Values are singletons: immutable and safe to share between threads.</para>
/// </remarks>
public sealed class SwedishHoliday : CodedValue<SwedishHoliday>
{
    // Stryker disable all : the values of the set are made once, by its static initialiser, where Stryker can test a
    // mutant only by running the whole suite (some 20 s a mutant on two cores). Their codes and Swedish names are data,
    // pinned by CodedValueSetTests, and the constructor only stores its arguments.
    /// <summary>New Year's Day, <i>nyårsdagen</i>: 1 January.</summary>
    public static readonly SwedishHoliday Nyarsdagen = Holiday(nameof(Nyarsdagen), 1, "nyarsdagen", "Nyårsdagen", year => new LocalDate(year, 1, 1));

    /// <summary>Epiphany, <i>trettondedag jul</i>: 6 January.</summary>
    public static readonly SwedishHoliday TrettondedagJul = Holiday(nameof(TrettondedagJul), 2, "trettondedag-jul", "Trettondedag jul", year => new LocalDate(year, 1, 6));

    /// <summary>Good Friday, <i>långfredagen</i>: the Friday before Easter Sunday.</summary>
    public static readonly SwedishHoliday Langfredagen = Holiday(nameof(Langfredagen), 3, "langfredagen", "Långfredagen", GoodFriday);

    /// <summary>Easter Sunday, <i>påskdagen</i>: by the Gregorian computus, between 22 March and 25 April.</summary>
    public static readonly SwedishHoliday Paskdagen = Holiday(nameof(Paskdagen), 4, "paskdagen", "Påskdagen", year => Easter(year));

    /// <summary>Easter Monday, <i>annandag påsk</i>: the day after Easter Sunday.</summary>
    public static readonly SwedishHoliday AnnandagPask = Holiday(nameof(AnnandagPask), 5, "annandag-pask", "Annandag påsk", EasterMonday);

    /// <summary>1 May, <i>första maj</i>.</summary>
    public static readonly SwedishHoliday ForstaMaj = Holiday(nameof(ForstaMaj), 6, "forsta-maj", "Första maj", year => new LocalDate(year, 5, 1));

    /// <summary>Ascension Day, <i>Kristi himmelsfärdsdag</i>: the Thursday 39 days after Easter Sunday (on 1 May in 2008).</summary>
    public static readonly SwedishHoliday KristiHimmelsfardsdag = Holiday(nameof(KristiHimmelsfardsdag), 7, "kristi-himmelsfardsdag", "Kristi himmelsfärdsdag", AscensionDay);

    /// <summary>Whit Sunday, <i>pingstdagen</i>: 49 days after Easter Sunday.</summary>
    public static readonly SwedishHoliday Pingstdagen = Holiday(nameof(Pingstdagen), 8, "pingstdagen", "Pingstdagen", WhitSunday);

    /// <summary>Whit Monday, <i>annandag pingst</i>: the day after Whit Sunday; a public holiday until 2004, when National Day replaced it.</summary>
    public static readonly SwedishHoliday AnnandagPingst = Holiday(nameof(AnnandagPingst), 9, "annandag-pingst", "Annandag pingst", WhitMonday);

    /// <summary>Sweden's National Day, <i>Sveriges nationaldag</i>: 6 June; a public holiday from 2005.</summary>
    public static readonly SwedishHoliday Nationaldagen = Holiday(nameof(Nationaldagen), 10, "nationaldagen", "Sveriges nationaldag", NationalDay);

    /// <summary>Midsummer eve, <i>midsommarafton</i>: the day before Midsummer Day, the Friday between 19 and 25 June; not a working day.</summary>
    public static readonly SwedishHoliday Midsommarafton = Eve(nameof(Midsommarafton), 11, "midsommarafton", "Midsommarafton", MidsummerEve);

    /// <summary>Midsummer Day, <i>midsommardagen</i>: the Saturday between 20 and 26 June (since 1953).</summary>
    public static readonly SwedishHoliday Midsommardagen = Holiday(nameof(Midsommardagen), 12, "midsommardagen", "Midsommardagen", year => MidsummerDay(year));

    /// <summary>All Saints' Day, <i>alla helgons dag</i>: the Saturday between 31 October and 6 November (since 1953).</summary>
    public static readonly SwedishHoliday AllaHelgonsDag = Holiday(nameof(AllaHelgonsDag), 13, "alla-helgons-dag", "Alla helgons dag", AllSaintsDay);

    /// <summary>Christmas eve, <i>julafton</i>: 24 December; not a working day.</summary>
    public static readonly SwedishHoliday Julafton = Eve(nameof(Julafton), 14, "julafton", "Julafton", year => new LocalDate(year, 12, 24));

    /// <summary>Christmas Day, <i>juldagen</i>: 25 December.</summary>
    public static readonly SwedishHoliday Juldagen = Holiday(nameof(Juldagen), 15, "juldagen", "Juldagen", year => new LocalDate(year, 12, 25));

    /// <summary>Boxing Day, <i>annandag jul</i>: 26 December.</summary>
    public static readonly SwedishHoliday AnnandagJul = Holiday(nameof(AnnandagJul), 16, "annandag-jul", "Annandag jul", year => new LocalDate(year, 12, 26));

    /// <summary>New Year's eve, <i>nyårsafton</i>: 31 December; not a working day.</summary>
    public static readonly SwedishHoliday Nyarsafton = Eve(nameof(Nyarsafton), 17, "nyarsafton", "Nyårsafton", year => new LocalDate(year, 12, 31));

    private readonly Func<int, LocalDate?> rule;

    private SwedishHoliday(string name, int value, string code, string displayName, SwedishHolidayKind kind, Func<int, LocalDate?> rule)
        : base(name, value, code, displayName)
    {
        Kind = kind;
        this.rule = rule;
    }
    // Stryker restore all

    /// <summary>Whether the day is a public holiday under Swedish law or one of the three eves.</summary>
    public SwedishHolidayKind Kind { get; }

    /// <summary>Whether the day is a public holiday under Swedish law (<i>allmän helgdag</i>) rather than an eve.</summary>
    public bool IsPublicHoliday => Kind == SwedishHolidayKind.PublicHoliday;

    /// <summary>The date of the day in a year, as the law stood that year.</summary>
    /// <param name="year">The year, from <see cref="SwedishCalendar.FirstYear"/> to <see cref="SwedishCalendar.LastYear"/>.</param>
    /// <returns>
    /// The date, in the ISO calendar; <see langword="null"/> when the day was not a named day that year
    /// (Whit Monday from 2005, National Day until 2004).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years the calendar is exact for; the message says which they are.</exception>
    public LocalDate? DateIn(int year)
    {
        SwedishCalendar.CheckYear(year);
        return rule(year);
    }

    private static SwedishHoliday Holiday(string name, int value, string code, string displayName, Func<int, LocalDate?> rule) =>
        new(name, value, code, displayName, SwedishHolidayKind.PublicHoliday, rule);

    private static SwedishHoliday Eve(string name, int value, string code, string displayName, Func<int, LocalDate?> rule) =>
        new(name, value, code, displayName, SwedishHolidayKind.Eve, rule);

    private static LocalDate Easter(int year) => Computus.EasterSunday(year);

    // The rules with arithmetic or a change in the law are methods rather than lambdas of the static fields above, so
    // that mutation testing tests them with the tests that call them instead of the whole suite.
    private static LocalDate? GoodFriday(int year) => Easter(year).PlusDays(-2);

    private static LocalDate? EasterMonday(int year) => Easter(year).PlusDays(1);

    private static LocalDate? AscensionDay(int year) => Easter(year).PlusDays(39);

    private static LocalDate? WhitSunday(int year) => Easter(year).PlusDays(49);

    /// <summary>Whit Monday was a public holiday until 2004.</summary>
    private static LocalDate? WhitMonday(int year) => year <= 2004 ? Easter(year).PlusDays(50) : null;

    /// <summary>Sweden's National Day is a public holiday from 2005.</summary>
    private static LocalDate? NationalDay(int year) => year >= 2005 ? new LocalDate(year, 6, 6) : null;

    private static LocalDate? MidsummerEve(int year) => MidsummerDay(year).PlusDays(-1);

    private static LocalDate? AllSaintsDay(int year) => SaturdayFrom(new LocalDate(year, 10, 31));

    private static LocalDate MidsummerDay(int year) => SaturdayFrom(new LocalDate(year, 6, 20));

    /// <summary>The first Saturday on or after a date.</summary>
    private static LocalDate SaturdayFrom(LocalDate date) => date.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Saturday));
}
