namespace Yrkesresan.Cli.Workbooks;

/// <summary>The four sheets of a ledger workbook, in their order (<see cref="LedgerLayout"/>).</summary>
internal enum LedgerSheet
{
    /// <summary>One row per course occasion: id, course, own venue amount, fee waived.</summary>
    Occasions,

    /// <summary>One row per course day: occasion, date, on site or digital.</summary>
    Days,

    /// <summary>One row per registration: occasion, municipality, count.</summary>
    Participants,

    /// <summary>One row per trainer: occasion, municipality or external, dates taught.</summary>
    Trainers,
}
