using System.Text.Json;
using NodaTime;

namespace Yrkesresan.Domain.Regions.Files.Sections;

/// <summary>Reads a region file's <c>municipalities</c>: code, name, population and its date.</summary>
/// <param name="context">The file's read context, which collects every problem.</param>
/// <param name="indexes">Where the items handed to the domain types came from in the file.</param>
internal sealed class MunicipalitiesReader(ReadContext context, IndexMap indexes) : SectionReader(context, indexes)
{
    /// <summary>Reads <c>municipalities</c>.</summary>
    /// <param name="root">The file's root object.</param>
    /// <param name="populationsRead">Whether every municipality's population could be read (the stated total is checked only then).</param>
    /// <param name="codesRead">Whether every municipality's code could be read (otherwise a code naming it elsewhere is not reported as unknown).</param>
    /// <returns>The municipalities whose code could be read.</returns>
    public List<Municipality> Read(JsonElement root, out bool populationsRead, out bool codesRead)
    {
        var result = new List<Municipality>();
        populationsRead = true;
        codesRead = true;
        const string list = "municipalities";
        string listPath = JsonPath.Property(JsonPath.Root, list);
        if (!ReadContext.Field(root, list, out JsonElement array) || !Context.List(array, listPath, 1, SectionTexts.WhatMunicipalities))
        {
            populationsRead = false;
            codesRead = false;
            return result;
        }

        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string path = JsonPath.Item(listPath, index);
            if (Context.Object(item, path, SectionTexts.WhatAMunicipality, ["code", "name", "population"], ["population_date"]))
            {
                MunicipalityCode? code = ReadContext.ReadValue(item, path, "code", Context.Code);
                string? name = ReadContext.ReadField(item, path, "name", Context.Text);
                long? population = ReadContext.ReadValue(item, path, "population", (v, p) => Context.Integer(v, p, 1, RegionFileReader.MaxPopulation));
                LocalDate? date = null;
                if (ReadContext.Field(item, "population_date", out JsonElement dateValue))
                {
                    Context.DateOrNull(dateValue, JsonPath.Property(path, "population_date"), out date);
                }

                populationsRead &= population is not null;
                if (code is null && ReadContext.Field(item, "code", out JsonElement codeValue) && codeValue.ValueKind == JsonValueKind.Number && codeValue.TryGetInt32(out int number) && number is > 0 and < 10_000)
                {
                    // "code": 2401 has been reported; the code it means is clear, so the rest of the file is checked against it.
                    code = MunicipalityCode.Parse(number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
                }

                codesRead &= code is not null;
                if (code is MunicipalityCode readCode && ReadContext.Field(item, "code", out JsonElement codeText) && codeText.ValueKind == JsonValueKind.String)
                {
                    CheckOfficial(readCode, name, path);
                }

                // A row whose code is readable stays in, so that memberships naming it are not reported as unknown;
                // its unreadable fields have been reported, and the region is not returned.
                if (code is MunicipalityCode known)
                {
                    Indexes.Add(list, index);
                    result.Add(new Municipality(known, name ?? "(unreadable)", population ?? 1, date));
                }
            }
            else
            {
                populationsRead = false;
                codesRead = false;
            }

            index++;
        }

        return result;
    }

    /// <summary>
    /// Reports a code that is not one of Statistics Sweden's, or a name (when it could be read) that is not its code's
    /// (decision 0026); the row stays in, so that the rest of the file is checked against it.
    /// </summary>
    private void CheckOfficial(MunicipalityCode code, string? name, string path)
    {
        if ((name is null ? OfficialPair.CheckCode(code) : OfficialPair.Check(code, name)) is DataProblem problem)
        {
            Context.Report(JsonPath.Property(path, problem.Path), new LocalizedText(problem.Code, problem.Message));
        }
    }
}
