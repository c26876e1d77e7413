namespace Yrkesresan.Domain.Tests.Schemas;

/// <summary>
/// The malformed files of the reader's suites that a JSON Schema cannot judge, each with the reason.
/// Every other malformed file of the suites must be refused by the published schema as well as by
/// the reader (<see cref="SchemaAgreementTests"/>), so that an editor checking a file as it is typed
/// never accepts what the tool refuses for a reason a schema can state.
/// </summary>
internal static class BeyondTheSchema
{
    /// <summary>The text is not one JSON value: the editor's JSON parser marks it before any schema applies.</summary>
    public const string NotJson = "not JSON: the editor's JSON parser marks it before any schema applies";

    /// <summary>A field given twice.</summary>
    public const string DuplicateField = "a field given twice: a schema sees the parsed object, in which the name is one field (RFC 8259 leaves duplicates to the parser)";

    /// <summary>A value unique among items by one of their fields.</summary>
    public const string UniqueByField = "unique among items by one field: uniqueItems compares whole items only";

    /// <summary>A real calendar date.</summary>
    public const string RealDate = "a real date: the pattern checks the shape, year, month 01-12 and day 01-31; \"format\": \"date\" is only an annotation in draft 2020-12";

    /// <summary>A sum over items.</summary>
    public const string Sum = "a sum over items, which a schema cannot add";

    /// <summary>A value that must name another part of the file.</summary>
    public const string CrossReference = "a reference to another part of the file, which a schema cannot follow";

    /// <summary>A value that must name a part of the region, another file.</summary>
    public const string TheRegion = "a fact of the region the ledger is checked against, another file";

    /// <summary>The order of items.</summary>
    public const string Order = "the order of items (strictly increasing dates), which a schema cannot compare";

    /// <summary>A Swedish working day.</summary>
    public const string WorkingDay = "a Swedish working day (weekends, public holidays, midsummer, Christmas and New Year's eves), a calendar no pattern holds";

    /// <summary>The spelling of a whole number.</summary>
    public const string Spelling = "the spelling of a number: JSON Schema counts 1.0 and 1e3 as integers, the tool wants whole kronor written as such";

    /// <summary>A value unique across several lists.</summary>
    public const string UniqueAcrossLists = "unique across several lists (and without regard to case and white space): uniqueItems compares the exact items of one list";
    /// <summary>A municipality of Statistics Sweden's list.</summary>
    public const string OfficialList = "Statistics Sweden's list of the 290 municipality codes and names, which the tool embeds and the schema does not repeat (decision 0026)";

    /// <summary>The malformed region files a schema cannot judge, by case name, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> RegionFiles { get; } = new Dictionary<string, string>
    {
        ["an empty file"] = NotJson,
        ["a file of white space"] = NotJson,
        ["a missing comma"] = NotJson,
        ["a trailing comma"] = NotJson,
        ["a comment"] = NotJson,
        ["a file cut short"] = NotJson,
        ["a field given twice"] = DuplicateField,
        ["a code given twice"] = UniqueByField,
        ["two fixed costs for one year"] = UniqueByField,
        ["two fee schedules from one day"] = UniqueByField,
        ["a course id given twice"] = UniqueByField,
        ["two routes for one step"] = UniqueByField,
        ["a population date that is no date"] = RealDate,
        ["a stated total that is not the sum of the rows"] = Sum,
        ["a complete Ny route of seven course days"] = Sum,
        ["a member that is not a municipality of the region"] = CrossReference,
        ["a residual municipality outside the region"] = CrossReference,
        ["a stop that is not a course"] = CrossReference,
        ["an option classed twice"] = UniqueAcrossLists,
        ["a role answer given twice"] = UniqueByField,
        ["a goal id given twice"] = UniqueByField,
        ["two follow-up plans for one year"] = UniqueByField,
        ["a goal reading the role question"] = CrossReference,
        ["a goal role no answer means"] = CrossReference,
        ["the municipality question the role question"] = CrossReference,
        ["a code that is not official, with an official name"] = OfficialList,
        ["a code that is not official, with a name near an official one"] = OfficialList,
        ["a made-up municipality"] = OfficialList,
        ["a misspelt name"] = OfficialList,
        ["a name in lower case"] = OfficialList,
        ["a name with a space after it"] = OfficialList,
        ["the name of another municipality"] = OfficialList,
        ["two made-up municipalities, one a member"] = OfficialList,
    };

    /// <summary>The malformed ledger files a schema cannot judge, by case name, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> LedgerFiles { get; } = new Dictionary<string, string>
    {
        ["an empty file"] = NotJson,
        ["a file of white space"] = NotJson,
        ["a trailing comma"] = NotJson,
        ["a missing comma"] = NotJson,
        ["a comment"] = NotJson,
        ["a second JSON value"] = NotJson,
        ["a CSV file"] = NotJson,
        ["a field given twice"] = DuplicateField,
        ["an id given twice"] = UniqueByField,
        ["the same date twice"] = Order,
        ["dates out of order"] = Order,
        ["a trainer date that is not a day of the occasion"] = CrossReference,
        ["a catalogued course of one day on two dates"] = TheRegion,
        ["a participant from outside the region"] = TheRegion,
        ["a trainer from outside the region"] = TheRegion,
        ["a trainer from outside the region with a date that is no date"] = TheRegion + "; " + RealDate,
        ["a trainer date that is no date"] = RealDate,
        ["a date that is no date"] = RealDate,
        ["a venue amount written 1.0"] = Spelling,
        ["a venue amount written 1e3"] = Spelling,
        ["midsummer eve"] = WorkingDay,
        ["a Saturday"] = WorkingDay,
        ["a Sunday"] = WorkingDay,
        ["Christmas eve"] = WorkingDay,
        ["New Year's eve"] = WorkingDay,
        ["National Day 2025"] = WorkingDay,
        ["1 May and Ascension Day, before any fee"] = WorkingDay + "; the region's first fee schedule, another file",
    };
}
