using System.Text.Json;
using Yrkesresan.Domain.Allocation;

namespace Yrkesresan.Domain.Regions.Files.Sections;

/// <summary>Reads a region file's <c>rounding</c>: the method that rounds shares of the fixed cost (rule <c>ALLOC-2</c>).</summary>
/// <param name="context">The file's read context, which collects every problem.</param>
/// <param name="indexes">Where the items handed to the domain types came from in the file.</param>
internal sealed class RoundingReader(ReadContext context, IndexMap indexes) : SectionReader(context, indexes)
{
    /// <summary>Reads <c>rounding</c>.</summary>
    /// <param name="root">The file's root object.</param>
    /// <returns>The policy; null when the file has none or it could not be read.</returns>
    public RoundingPolicy<MunicipalityCode>? Read(JsonElement root)
    {
        string path = JsonPath.Property(JsonPath.Root, "rounding");
        if (!ReadContext.Field(root, "rounding", out JsonElement value)
            || !Context.Object(value, path, SectionTexts.WhatARounding, ["method"], ["residual_municipality"]))
        {
            return null;
        }

        string? method = ReadContext.ReadField(value, path, "method", Context.Text);
        bool hasResidual = ReadContext.Field(value, "residual_municipality", out JsonElement residualValue);
        string residualPath = JsonPath.Property(path, "residual_municipality");
        switch (method)
        {
            case "largest_remainder":
                if (hasResidual)
                {
                    Context.Report(residualPath, SectionText.Of(nameof(SectionTexts.RoundingResidualNotNeeded)));
                }

                return new LargestRemainderPolicy<MunicipalityCode>();
            case "half_up_with_residual":
                if (!hasResidual)
                {
                    Context.Report(residualPath, SectionText.Of(nameof(SectionTexts.RoundingResidualMissing)));
                    return null;
                }

                return Context.Code(residualValue, residualPath) is MunicipalityCode residual
                    ? new HalfUpWithResidualPolicy<MunicipalityCode>(residual)
                    : null;
            case null:
                return null;
            default:
                Context.Report(JsonPath.Property(path, "method"), SectionText.Of(nameof(SectionTexts.RoundingMethodUnknown), method));
                return null;
        }
    }
}
