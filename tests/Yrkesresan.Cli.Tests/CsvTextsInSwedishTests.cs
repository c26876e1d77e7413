using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Yrkesresan.Cli.Staff;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// The problems of a municipality CSV and of a staff file in Swedish: a sample word for word, and for every case of the
/// malformed-file suites (read from their theory data, so a new case is checked at once) the same problems at the same
/// lines and fields as in English, each in Swedish, not English. A period the library cannot read keeps the library's
/// own text, in the user's language.
/// </summary>
public sealed partial class CsvTextsInSwedishTests
{
    private const string StaffHeader = "id,role,work_area,employer,periods";

    /// <summary>Every malformed municipality CSV of the suites: the file's text.</summary>
    public static TheoryData<string> MalformedMunicipalityFiles()
    {
        var data = new TheoryData<string>();
        foreach (object[] row in CasesOf(typeof(RegionFileValidationTests), nameof(RegionFileValidationTests.Each_kind_of_bad_row_is_reported_at_its_line_and_column)))
        {
            if ((string)row[2] != string.Empty)
            {
                data.Add($"code,name,population\n{row[0]}\n2506,Arjeplog,2697\n");
            }
        }

        foreach (object[] row in CasesOf(typeof(RegionFileValidationTests), nameof(RegionFileValidationTests.An_empty_file_is_reported_at_line_1_as_a_header_problem))
                     .Concat(CasesOf(typeof(RegionFileValidationTests), nameof(RegionFileValidationTests.A_header_without_the_required_columns_is_reported_and_no_row_is_checked))))
        {
            data.Add((string)row[0]);
        }

        data.Add("code;name;population\n\n");
        data.Add("code,name,population\n2505,Arvidsjaur,6157\n25O5,,12.5\n\n2505,Arvidsjaur igen,0\n2506,Arjeplog\n2510,Jokkmokk,-4806\n2513,Överkalix,12345678901\n2514,Kalix,15793\n");
        data.Add("code,name,population\n2505,Arvidsjaur,6157,x,y\n2506,Arjeplog\n2510,\"Jokk\"mokk,4806\n");
        return data;
    }

    /// <summary>Every malformed staff file of the suites: the file's text.</summary>
    public static TheoryData<string> MalformedStaffFiles()
    {
        var data = new TheoryData<string>();
        foreach (object[] row in CasesOf(typeof(StepsCommandTests), nameof(StepsCommandTests.Each_kind_of_bad_row_is_reported_at_its_line_and_column)))
        {
            data.Add($"{StaffHeader}\n{row[0]}\nok,chef,,,2020-01-01\n");
        }

        foreach (object[] row in CasesOf(typeof(StepsCommandTests), nameof(StepsCommandTests.A_header_problem_is_reported_at_line_1_and_no_row_is_checked)))
        {
            data.Add((string)row[0]);
        }

        data.Add($"{StaffHeader}\nanna,socialsekreterare,utredning,,2021-03-01\nbo,chief,,,2015-01-01\nanna,arbetsledare,,,2018-01-01\n");
        data.Add($"{StaffHeader}\n,,,privat,\nx,\"chef,,,2021-01-01\n");
        return data;
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_municipality_csv_s_problems_read_in_Swedish()
    {
        using var file = TempRegionFile.WithText("code,name,population\n2505,Arvidsjaur,6157\n25O5,,12.5\n2505,Arvidsjaur igen,0\n2506,Arjeplog\n2513,Överkalix,12345678901\n");

        CliResult result = Tool.Run("allocate", "--region", file.Path, "--total", "100", "--lang", "sv");

        string f = file.Path;
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"{f}:3: code: '25O5' är ingen kommunkod: en kommunkod är exakt fyra siffror, t.ex. 2580 eller 0114, och inte 0000",
                $"{f}:3: name: tomt; varje kommun ska ha ett namn",
                $"{f}:3: population: '12.5' är inte ett helt antal invånare, t.ex. 78346 eller 78 346",
                $"{f}:4: code: 2505 förekommer igen; den står först på rad 2, och varje kommun får förekomma en gång",
                $"{f}:4: population: ska vara minst 1, inte 0; en kommun som inte deltar utelämnas ur filen",
                $"{f}:5: row: raden har 2 fält men rubrikraden har 3; varje rad ska ha ett fält för varje kolumn, tomt eller inte",
                $"{f}:6: population: 12 345 678 901 är för stort; en kommun får här ha högst 1 000 000 000",
            ],
            result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_municipality_csv_s_header_and_encoding_problems_read_in_Swedish()
    {
        using var header = TempRegionFile.WithText("2505;Arvidsjaur;6157\n");
        using var latin1 = TempRegionFile.WithBytes(Encoding.Latin1.GetBytes("code,name,population\n2580,Luleå,78346\n"));

        CliResult headerResult = Tool.Run("allocate", "--region", header.Path, "--total", "100", "--lang", "sv");
        CliResult latin1Result = Tool.Run("allocate", "--region", latin1.Path, "--total", "100", "--lang", "sv");

        Assert.Equal(
            [$"{header.Path}:1: header: kolumnerna code, name, population saknas: rubrikraden ska namnge kolumnerna code, name och population, i valfri ordning; första raden ser ut som en kommun, men den ska vara rubrikraden"],
            headerResult.StderrLines);
        Assert.Equal([$"{latin1.Path}:2: encoding: raden är inte UTF-8-text; spara filen som UTF-8 (i ett kalkylprogram: \"CSV UTF-8\")"], latin1Result.StderrLines);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_staff_file_s_problems_read_in_Swedish()
    {
        using var file = TempRegionFile.WithText($"{StaffHeader}\nanna,chef,,,2021-03-01\nanna,boss,,privat,\n", "staff.csv");
        using var empty = TempRegionFile.WithText(string.Empty, "staff.csv");

        CliResult result = Tool.Run("steps", "--staff", file.Path, "--lang", "sv");
        CliResult emptyResult = Tool.Run("steps", "--staff", empty.Path, "--lang", "sv");

        string f = file.Path;
        Assert.Equal(
            [
                $"{f}:3: id: 'anna' förekommer igen; det står först på rad 2, och varje id får förekomma en gång",
                $"{f}:3: role: 'boss' är ingen roll; använd en av socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker",
                $"{f}:3: employer: 'privat' är ingen sorts arbetsgivare; använd en av kommun, annan, eller lämna fältet tomt för kommun",
                $"{f}:3: periods: tomt; ange minst en period i yrket, t.ex. 2019-03-01 eller 2015-01-01..2017-12-31;2019-03-01",
            ],
            result.StderrLines);
        Assert.Equal(
            [$"{empty.Path}:1: header: filen är tom; den ska ha en rubrikrad som namnger kolumnerna id, role, work_area, employer och periods och sedan en rad per person"],
            emptyResult.StderrLines);
    }

    [Theory]
    [MemberData(nameof(MalformedMunicipalityFiles))]
    [Trait("Contract", "Swedish and English")]
    public void Every_problem_of_a_malformed_municipality_csv_is_in_Swedish_at_the_same_line_and_field(string text)
    {
        using var file = TempRegionFile.WithText(text);

        AssertSwedish(file.Path, "allocate", "--region", file.Path, "--total", "100");
    }

    [Theory]
    [MemberData(nameof(MalformedStaffFiles))]
    [Trait("Contract", "Swedish and English")]
    public void Every_problem_of_a_malformed_staff_file_is_in_Swedish_at_the_same_line_and_field(string text)
    {
        using var file = TempRegionFile.WithText(text, "staff.csv");

        AssertSwedish(file.Path, "steps", "--staff", file.Path);
    }

    private static void AssertSwedish(string file, params string[] args)
    {
        CliResult english = Tool.Run(args);
        CliResult swedish = Tool.Run([.. args, "--lang", "sv"]);

        Assert.Equal(1, english.ExitCode);
        Assert.Equal(1, swedish.ExitCode);
        Assert.Equal(english.StderrLines.Length, swedish.StderrLines.Length);
        foreach ((string en, string sv) in english.StderrLines.Zip(swedish.StderrLines))
        {
            (string place, string enMessage) = Split(file, en);
            (string svPlace, string svMessage) = Split(file, sv);
            Assert.Equal(place, svPlace);
            if (PeriodValue(enMessage) is string period)
            {
                Assert.Equal(LibraryPeriodText(period, "sv-SE"), svMessage);
            }
            else
            {
                Assert.NotEqual(enMessage, svMessage);
            }
        }
    }

    /// <summary>A problem line's place (<c>:LINE: FIELD</c>) and message.</summary>
    private static (string Place, string Message) Split(string file, string line)
    {
        Assert.StartsWith(file, line, StringComparison.Ordinal);
        Match match = Problem().Match(line[file.Length..]);
        Assert.True(match.Success, line);
        return (match.Groups["place"].Value, match.Groups["message"].Value);
    }

    /// <summary>The value of a period the library refused, when the message is the library's.</summary>
    private static string? PeriodValue(string message)
    {
        Match match = LibraryPeriod().Match(message);
        return match.Success ? match.Groups["value"].Value : null;
    }

    private static string LibraryPeriodText(string shownValue, string culture)
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            string value = shownValue.Replace(@"\n", "\n", StringComparison.Ordinal);
            Assert.False(PeriodText.TryParse(value, out _, out string? problem));
            return problem;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static IEnumerable<object[]> CasesOf(Type suite, string test)
    {
        MethodInfo method = suite.GetMethod(test) ?? throw new InvalidOperationException($"{suite.Name} has no test {test}.");
        IEnumerable<object[]> cases = method.GetCustomAttributes<InlineDataAttribute>().SelectMany(a => a.GetData(method));
        Assert.NotEmpty(cases);
        return cases;
    }

    [GeneratedRegex(@"^(?<place>:\d+: \w+): (?<message>.*)$")]
    private static partial Regex Problem();

    [GeneratedRegex(@"^'(?<value>[^']*)' is not a period in the profession")]
    private static partial Regex LibraryPeriod();
}
