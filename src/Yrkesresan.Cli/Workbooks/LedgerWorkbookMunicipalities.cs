using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// The municipalities a ledger workbook names on its sheets of participants and trainers, whatever region it is
/// checked against: a code as written (<c>2480</c>, or a number <c>180</c> for <c>0180</c>), or a name of Statistics
/// Sweden's list (<see cref="OfficialMunicipalities"/>), so that the municipalities of a workbook made for another region
/// are known by their codes even though its cells give names. Cells that are neither, and external trainers, are left
/// out; a file that is not a workbook has none.
/// </summary>
internal static class LedgerWorkbookMunicipalities
{
    /// <summary>The codes of the municipalities a workbook names.</summary>
    /// <param name="content">The workbook's bytes.</param>
    /// <returns>The codes, each once, in order.</returns>
    public static SortedSet<MunicipalityCode> Codes(byte[] content)
    {
        var codes = new SortedSet<MunicipalityCode>();
        if (!WorkbookFile.TryOpen(content, out WorkbookFile? workbook, out _))
        {
            return codes;
        }

        (LedgerSheet Sheet, int Column)[] columns =
        [
            (LedgerSheet.Participants, LedgerLayout.ParticipantMunicipality),
            (LedgerSheet.Trainers, LedgerLayout.TrainerMunicipality),
        ];
        foreach ((LedgerSheet kind, int column) in columns)
        {
            string[] names = [.. LedgerLayout.Languages.Select(l => LedgerLayout.In(LedgerLayout.NameKey(kind), l))];
            foreach (ReadSheet sheet in workbook!.Sheets.Where(s => names.Contains(s.Name.Trim(), StringComparer.OrdinalIgnoreCase)))
            {
                foreach (ReadCell cell in sheet.Cells.Values.Where(c => c.Address.Column == column && c.Address.Row >= LedgerLayout.FirstDataRow && c.Formula is null))
                {
                    if (CodeOf(cell.Text.Trim()) is MunicipalityCode code)
                    {
                        codes.Add(code);
                    }
                }
            }
        }

        return codes;
    }

    private static MunicipalityCode? CodeOf(string text)
    {
        if (text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit))
        {
            return MunicipalityCode.TryParse(text.PadLeft(4, '0'), out MunicipalityCode code) ? code : null;
        }

        return text.Length > 0 && OfficialMunicipalities.TryFindByName(text, out OfficialMunicipality? official) ? official.Code : null;
    }
}
