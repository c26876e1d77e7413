using System.Text.Json;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Regions.Files.Sections;

/// <summary>Reads a region file's <c>fixed_costs</c>: the yearly fixed cost by the year it takes effect (rule <c>ALLOC-1</c>).</summary>
/// <param name="context">The file's read context, which collects every problem.</param>
/// <param name="indexes">Where the items handed to the domain types came from in the file.</param>
internal sealed class FixedCostsReader(ReadContext context, IndexMap indexes) : SectionReader(context, indexes)
{
    /// <summary>Reads <c>fixed_costs</c>.</summary>
    /// <param name="root">The file's root object.</param>
    /// <returns>The periods whose fields could all be read.</returns>
    public List<FixedCostPeriod> Read(JsonElement root)
    {
        var result = new List<FixedCostPeriod>();
        ForEachItem(root, "fixed_costs", SectionTexts.WhatFixedCosts, 1, (item, path, index) =>
        {
            if (!Context.Object(item, path, SectionTexts.WhatAFixedCost, ["valid_from", "amount_sek"], []))
            {
                return;
            }

            int? year = ReadYearStart(item, path, nameof(SectionTexts.FixedCostNotFromJanuary));
            long? amount = ReadContext.ReadValue(item, path, "amount_sek", (v, p) => Context.Integer(v, p, 0, RegionFileReader.MaxKronor));
            if (year is int y && amount is long kronor)
            {
                Indexes.Add("fixed_costs", index);
                result.Add(new FixedCostPeriod(y, Sek.FromKronor(kronor)));
            }
        });
        return result;
    }
}
