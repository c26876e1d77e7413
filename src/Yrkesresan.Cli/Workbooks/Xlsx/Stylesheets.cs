using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Yrkesresan.Cli.Workbooks.Xlsx;

/// <summary>The one stylesheet of the tool's workbooks: the cell formats of <see cref="CellStyle"/>, in its order.</summary>
internal static class Stylesheets
{
    /// <summary>The number format of dates: ISO, the same in every language.</summary>
    public const string DateFormat = "yyyy-mm-dd";

    /// <summary>
    /// The number format of amounts: whole kronor with the thousands grouped, then <c>kr</c>. A format code is stored in
    /// the English spelling and shown with the reader's separators: "950 000 kr" in Swedish, "950,000 kr" in English.
    /// </summary>
    public const string KronorFormat = "#,##0 \"kr\"";

    /// <summary>The number format of a percentage with one decimal; the value is a proportion, shown times 100.</summary>
    public const string PercentFormat = "0.0%";

    /// <summary>The built-in number format <c>#,##0</c>.</summary>
    public const uint IntegerFormatId = 3;

    private const uint DateFormatId = 164;
    private const uint KronorFormatId = 165;
    private const uint PercentFormatId = 166;

    /// <summary>Builds the stylesheet.</summary>
    /// <returns>A new stylesheet.</returns>
    public static Stylesheet Create()
    {
        var numberFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormat },
            new NumberingFormat { NumberFormatId = KronorFormatId, FormatCode = KronorFormat },
            new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = PercentFormat })
        { Count = 3 };

        // Fonts: 0 plain, 1 bold, 2 bold and larger, 3 italic.
        var fonts = new Fonts(
            Font(),
            Font(new Bold()),
            Font(new Bold(), 14),
            Font(new Italic()))
        { Count = 4 };

        // Fills: the two every stylesheet must begin with, then a light grey for headings.
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };

        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        var styleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };

        // In the order of CellStyle.
        CellFormat[] formats =
        [
            Format(0, 0),
            Format(0, 1, fill: 2, wrap: true),
            Format(0, 2),
            Format(DateFormatId, 0),
            Format(KronorFormatId, 0),
            Format(IntegerFormatId, 0),
            Format(0, 1),
            Format(KronorFormatId, 1),
            Format(IntegerFormatId, 1),
            Format(0, 0, wrap: true),
            Format(0, 3),
            Format(0, 0),
            Format(PercentFormatId, 0),
        ];

        var cellFormats = new CellFormats(formats) { Count = (uint)formats.Length };
        var cellStyles = new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };
        return new Stylesheet(numberFormats, fonts, fills, borders, styleFormats, cellFormats, cellStyles);
    }

    private static Font Font(OpenXmlElement? emphasis = null, double size = 11)
    {
        var font = new Font();
        if (emphasis is not null)
        {
            font.Append(emphasis);
        }

        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "Calibri" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static CellFormat Format(uint numberFormat, uint font, uint fill = 0, bool wrap = false)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = 0,
            FormatId = 0,
        };

        if (numberFormat != 0)
        {
            format.ApplyNumberFormat = true;
        }

        if (font != 0)
        {
            format.ApplyFont = true;
        }

        if (fill != 0)
        {
            format.ApplyFill = true;
        }

        if (wrap)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top });
        }

        return format;
    }
}
