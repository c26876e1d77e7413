using System.Text.Json;

namespace Yrkesresan.Domain.Regions.Files.Sections;

/// <summary>Reads a region file's <c>memberships</c>: which municipalities take part, by the year it takes effect (rule <c>ALLOC-4</c>).</summary>
/// <param name="context">The file's read context, which collects every problem.</param>
/// <param name="indexes">Where the items handed to the domain types came from in the file.</param>
internal sealed class MembershipsReader(ReadContext context, IndexMap indexes) : SectionReader(context, indexes)
{
    /// <summary>Reads <c>memberships</c>.</summary>
    /// <param name="root">The file's root object.</param>
    /// <returns>The periods whose fields could all be read; null when the file has no <c>memberships</c>.</returns>
    public List<MembershipPeriod>? Read(JsonElement root)
    {
        if (!ReadContext.Field(root, "memberships", out _))
        {
            return null;
        }

        var result = new List<MembershipPeriod>();
        ForEachItem(root, "memberships", SectionTexts.WhatMemberships, 0, (item, path, index) =>
        {
            if (!Context.Object(item, path, SectionTexts.WhatAMembership, ["valid_from", "members"], []))
            {
                return;
            }

            int? year = ReadYearStart(item, path, nameof(SectionTexts.MembershipNotFromJanuary));
            string domainList = $"memberships[{Indexes.CountOf("memberships")}].members";
            var members = new List<MunicipalityCode>();
            bool membersRead = false;
            string membersPath = JsonPath.Property(path, "members");
            if (ReadContext.Field(item, "members", out JsonElement array) && Context.List(array, membersPath, 1, SectionTexts.WhatMunicipalityCodes))
            {
                membersRead = true;
                int j = 0;
                var candidates = new List<(int Index, MunicipalityCode Code)>();
                foreach (JsonElement member in array.EnumerateArray())
                {
                    if (Context.Code(member, JsonPath.Item(membersPath, j)) is MunicipalityCode code)
                    {
                        candidates.Add((j, code));
                    }

                    j++;
                }

                if (year is not null)
                {
                    foreach ((int j2, MunicipalityCode code) in candidates)
                    {
                        Indexes.Add(domainList, j2);
                        members.Add(code);
                    }
                }
            }

            if (year is int y && membersRead)
            {
                Indexes.Add("memberships", index);
                result.Add(new MembershipPeriod(y, [.. members]));
            }
        });
        return result;
    }
}
