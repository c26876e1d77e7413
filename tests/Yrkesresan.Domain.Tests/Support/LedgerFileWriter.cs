using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses.Occasions;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>Writes a ledger as a ledger file (<c>docs/ledger-file.md</c>), for tests that need the file of a generated ledger.</summary>
internal static class LedgerFileWriter
{
    /// <summary>The ledger file of the occasions, in their order; optional fields only when they say something.</summary>
    /// <param name="occasions">The occasions.</param>
    /// <returns>The file's text.</returns>
    public static string Write(IEnumerable<CourseOccasion> occasions)
    {
        var list = new JsonArray();
        foreach (CourseOccasion occasion in occasions)
        {
            var item = new JsonObject
            {
                ["id"] = occasion.Id,
                ["course"] = occasion.CourseId,
            };
            if (occasion.VenueFee is { } venue)
            {
                item["venue_fee_sek"] = venue.WholeKronor;
            }

            if (occasion.WaivesFee)
            {
                item["waive_fee"] = true;
            }

            item["days"] = new JsonArray([.. occasion.Days.Select(d => new JsonObject { ["date"] = Iso(d.Date), ["mode"] = d.Mode.Code })]);
            item["participants"] = new JsonArray([.. occasion.Participants.Select(p => new JsonObject { ["municipality"] = p.Municipality.ToString(), ["count"] = p.Count })]);
            item["trainers"] = new JsonArray([.. occasion.Trainers.Select(Trainer)]);
            list.Add(item);
        }

        return new JsonObject { ["occasions"] = list }.ToJsonString(JsonFormat.Indented);
    }

    private static JsonObject Trainer(TrainerAssignment trainer)
    {
        var item = new JsonObject { ["municipality"] = trainer.Municipality?.ToString() };
        if (trainer.Dates is { } dates)
        {
            item["dates"] = new JsonArray([.. dates.Select(d => (JsonNode?)Iso(d))]);
        }

        return item;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
