using System.Text.Json;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Regions.Files.Sections;

/// <summary>Reads a region file's <c>fee_schedules</c>: the fee components' rates by date (rules <c>FEE-1</c>, <c>FEE-2</c>).</summary>
/// <param name="context">The file's read context, which collects every problem.</param>
/// <param name="indexes">Where the items handed to the domain types came from in the file.</param>
internal sealed class FeeSchedulesReader(ReadContext context, IndexMap indexes) : SectionReader(context, indexes)
{
    private static string[] FeeComponentFields => ["amount_sek", "charged_on_digital_days"];

    /// <summary>Reads <c>fee_schedules</c>.</summary>
    /// <param name="root">The file's root object.</param>
    /// <returns>The schedules by date; null when none could be read.</returns>
    public Timeline<FeeSchedule>? Read(JsonElement root) =>
        ReadTimeline(root, "fee_schedules", TimelineWording.FeeSchedules, SectionTexts.WhatFeeSchedules, ReadSchedule);

    private FeeSchedule? ReadSchedule(JsonElement item, string path)
    {
        int before = Context.Count;
        if (!Context.Object(item, path, SectionTexts.WhatAFeeSchedule, ["valid_from", "components"], []))
        {
            return null;
        }

        string componentsPath = JsonPath.Property(path, "components");
        var rates = new List<FeeRate>();
        if (ReadContext.Field(item, "components", out JsonElement components)
            && Context.Object(components, componentsPath, SectionTexts.WhatTheFeeComponents, [.. FeeComponent.List.OrderBy(c => c.Value).Select(c => c.Code)], []))
        {
            foreach (JsonProperty property in components.EnumerateObject())
            {
                string componentPath = JsonPath.Property(componentsPath, property.Name);
                if (!FeeComponent.TryFromCode(property.Name, out FeeComponent? component)
                    || !Context.Object(property.Value, componentPath, SectionTexts.WhatAFeeComponent, FeeComponentFields, []))
                {
                    continue;
                }

                long? amount = ReadContext.ReadValue(property.Value, componentPath, "amount_sek", (v, p) => Context.Integer(v, p, 0, RegionFileReader.MaxKronor));
                bool? digital = ReadContext.ReadValue(property.Value, componentPath, "charged_on_digital_days", Context.Boolean);
                if (amount is long kronor && digital is bool charged)
                {
                    rates.Add(new FeeRate(component, Sek.FromKronor(kronor), charged));
                }
            }
        }

        if (Context.Count > before)
        {
            return null;
        }

        return Build(() => new FeeSchedule(rates), path);
    }
}
