using System.Text.Json;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary><c>yrkesresan allocate --format json</c>: the statement as one JSON object.</summary>
public sealed class AllocateJsonOutputTests
{
    private static readonly string[] MunicipalityKeys =
        ["code", "name", "population", "share_percent", "amount_sek", "first_half_sek", "second_half_sek"];

    [Fact]
    [Rule("ALLOC-1")]
    public void Norrbotten_as_json_is_one_object_with_the_total_and_the_14_municipalities_in_code_order()
    {
        CliResult result = Tool.Run("allocate", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement root = document.RootElement;
        Assert.Equal(["total_sek", "municipalities"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(950_000, root.GetProperty("total_sek").GetInt64());

        JsonElement[] municipalities = [.. root.GetProperty("municipalities").EnumerateArray()];
        Assert.Equal(14, municipalities.Length);
        Assert.All(municipalities, m => Assert.Equal(MunicipalityKeys, m.EnumerateObject().Select(p => p.Name)));
        Assert.All(municipalities, m => Assert.Equal(JsonValueKind.String, m.GetProperty("code").ValueKind));
        string[] codes = [.. municipalities.Select(m => m.GetProperty("code").GetString()!)];
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Theory]
    [Rule("ALLOC-2")]
    [InlineData("2505", "Arvidsjaur", 6157, 3, 23450, 11725, 11725)]
    [InlineData("2514", "Kalix", 15793, 6, 60151, 30076, 30075)]
    [InlineData("2580", "Luleå", 78346, 32, 298397, 149199, 149198)]
    [InlineData("2581", "Piteå", 42294, 17, 161086, 80543, 80543)]
    [InlineData("2584", "Kiruna", 22675, 9, 86362, 43181, 43181)]
    public void A_municipality_s_json_entry_carries_its_population_percent_amount_and_half_years(
        string code, string name, long population, long percent, long amount, long firstHalf, long secondHalf)
    {
        CliResult result = Tool.Run("allocate", "--format", "json");

        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement entry = document.RootElement.GetProperty("municipalities").EnumerateArray()
            .Single(m => m.GetProperty("code").GetString() == code);
        Assert.Equal(name, entry.GetProperty("name").GetString());
        Assert.Equal(population, entry.GetProperty("population").GetInt64());
        Assert.Equal(percent, entry.GetProperty("share_percent").GetInt64());
        Assert.Equal(amount, entry.GetProperty("amount_sek").GetInt64());
        Assert.Equal(firstHalf, entry.GetProperty("first_half_sek").GetInt64());
        Assert.Equal(secondHalf, entry.GetProperty("second_half_sek").GetInt64());
    }

    [Fact]
    [Rule("ALLOC-2")]
    public void The_json_amounts_add_up_to_total_sek_and_the_percents_to_100()
    {
        CliResult result = Tool.Run("allocate", "--format", "json");

        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        JsonElement[] municipalities = [.. document.RootElement.GetProperty("municipalities").EnumerateArray()];
        Assert.Equal(950_000, municipalities.Sum(m => m.GetProperty("amount_sek").GetInt64()));
        Assert.Equal(100, municipalities.Sum(m => m.GetProperty("share_percent").GetInt64()));
    }

    [Fact]
    [Rule("ALLOC-1")]
    public void Json_prints_Swedish_letters_as_they_are_and_is_indented()
    {
        CliResult result = Tool.Run("allocate", "--format", "json");

        Assert.Contains("\"name\": \"Luleå\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Övertorneå\"", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", result.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"total_sek\": 950000,\n  \"municipalities\": [\n    {\n      \"code\": \"2505\",", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("}\n", result.Stdout, StringComparison.Ordinal);
    }
}
