using System.Globalization;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Fees;

/// <summary>
/// One line of an occasion's invoice basis (<i>fakturaunderlag</i>): one municipality, one fee
/// component, the participant days it is charged for, the unit price and the amount (rules <c>FEE-1</c>
/// to <c>FEE-3</c>).
/// </summary>
/// <param name="Municipality">The municipality billed: the one that registered the participants.</param>
/// <param name="Component">The fee component.</param>
/// <param name="ParticipantDays">Participants × course days the line charges for.</param>
/// <param name="UnitPrice">The price per participant and course day, in whole kronor.</param>
/// <param name="Amount"><paramref name="ParticipantDays"/> × <paramref name="UnitPrice"/>.</param>
public sealed record InvoiceLine(Municipality Municipality, FeeComponent Component, long ParticipantDays, Sek UnitPrice, Sek Amount)
{
    /// <summary>The line as text, e.g. <c>"2580 Luleå trainer_pot: 8 × 400 kr = 3 200 kr"</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        $"{Municipality.Code} {Municipality.Name} {Component.Code}: {ParticipantDays.ToString(CultureInfo.InvariantCulture)} × {UnitPrice} = {Amount}";
}
