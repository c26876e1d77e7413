using System.Text.Json;
using Json.Schema;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Schemas;

/// <summary>
/// One of the JSON Schemas published in <c>docs/schemas</c>, applied to a file's text as an editor
/// that checks the file while it is typed would apply it (JsonSchema.Net, draft 2020-12).
/// </summary>
internal sealed class PublishedSchema
{
    private readonly JsonSchema _schema;

    private PublishedSchema(string fileName)
    {
        FileName = fileName;
        _schema = JsonSchema.FromText(
            File.ReadAllText(Repository.PathOf("docs", "schemas", fileName)),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>The region file's schema, <c>docs/schemas/region.schema.json</c>.</summary>
    public static PublishedSchema Region { get; } = new("region.schema.json");

    /// <summary>The ledger file's schema, <c>docs/schemas/ledger.schema.json</c>.</summary>
    public static PublishedSchema Ledger { get; } = new("ledger.schema.json");

    /// <summary>The schema's file name in <c>docs/schemas</c>.</summary>
    public string FileName { get; }

    /// <summary>What the schema finds wrong with a JSON text; none when it accepts the text.</summary>
    /// <param name="json">The text; it must be one JSON value.</param>
    /// <param name="assertFormats">
    /// Whether <c>"format": "date"</c> is checked too. Draft 2020-12 makes <c>format</c> an annotation
    /// that an editor may or may not check, so a file the tool accepts must pass with it, and a file the
    /// tool refuses must be refused without it.
    /// </param>
    /// <returns>The errors, each at the JSON Pointer of the value it is about.</returns>
    public SchemaError[] Errors(string json, bool assertFormats = false)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = _schema.Evaluate(
            document.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = assertFormats });
        var errors = new List<SchemaError>();
        Collect(results, errors);
        return [.. errors];
    }

    /// <inheritdoc/>
    public override string ToString() => FileName;

    /// <summary>
    /// The errors of a failed evaluation and of its failed parts. A part that fails under a part that
    /// passes (a branch of <c>oneOf</c>) is no error of the file, so only failed parts are followed; nor
    /// is a failed <c>if</c> (it chooses <c>else</c>) or the failed inside of a <c>not</c>. A failed part without a
    /// message of its own or failed parts (JsonSchema.Net gives <c>not</c> none) is an error at its place.
    /// </summary>
    private static void Collect(EvaluationResults results, List<SchemaError> errors)
    {
        if (results.IsValid)
        {
            return;
        }

        EvaluationResults[] failedParts = [.. (results.Details ?? []).Where(p => !p.IsValid && !IsCondition(p))];
        string location = results.InstanceLocation.ToString();
        foreach ((string keyword, string message) in results.Errors ?? new Dictionary<string, string>())
        {
            errors.Add(new SchemaError(location, keyword, message));
        }

        if (results.Errors is not { Count: > 0 } && failedParts.Length == 0)
        {
            errors.Add(new SchemaError(location, results.EvaluationPath.ToString(), "fails"));
        }

        foreach (EvaluationResults part in failedParts)
        {
            Collect(part, errors);
        }
    }

    private static bool IsCondition(EvaluationResults part)
    {
        string path = part.EvaluationPath.ToString();
        return path.EndsWith("/if", StringComparison.Ordinal) || path.EndsWith("/not", StringComparison.Ordinal);
    }
}

/// <summary>One error a JSON Schema finds in a file.</summary>
/// <param name="Location">The JSON Pointer of the value, e.g. <c>/municipalities/1/population</c>; empty for the whole file.</param>
/// <param name="Keyword">The schema keyword that failed, e.g. <c>minimum</c>.</param>
/// <param name="Message">What is wrong, in JsonSchema.Net's words.</param>
internal sealed record SchemaError(string Location, string Keyword, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{(Location.Length == 0 ? "/" : Location)}: {Keyword}: {Message}";
}
