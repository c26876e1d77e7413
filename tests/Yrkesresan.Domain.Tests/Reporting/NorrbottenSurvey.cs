using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.FollowUp;
using static Yrkesresan.Domain.Tests.FollowUp.Surveys;

namespace Yrkesresan.Domain.Tests.Reporting;

/// <summary>
/// A small survey of Norrbotten's 2023 courses, with the municipality question, for the reports that have
/// the effect goals: twelve responses whose counts are easy to follow by hand.
/// </summary>
internal static class NorrbottenSurvey
{
    /// <summary>
    /// Six social secretaries in Luleå who agree fully and are satisfied; two in Kiruna who do not agree at
    /// all and are dissatisfied; three managers in Piteå, very satisfied, agreeing to a large extent that the
    /// journey helps introduce new staff, who do not know whether it helps plan training; one supervisor who
    /// did not say where, satisfied, not agreeing. So 1a-1d are 6/8, 2 is 10/12, 3 is 3/4, 4 has no counted
    /// answer, 5 is 4/4.
    /// </summary>
    public static SurveyAnswers Answers() => Csv(
        [RoleHeader, MunicipalityHeader, "(q1a) a", "(q1b) b", "(q1c) c", "(q1d) d", "(q2) Nöjd?", "(q3) Stöd?", "(q4) Planering?", "(q5) Stöd i rollen?", "Namn"],
        [
            .. Enumerable.Repeat<string?[]>(["Socialsekreterare", "Luleå", "Instämmer helt", "Instämmer helt", "Instämmer helt", "Instämmer helt", "Nöjd", null, null, null, "Anna"], 6),
            .. Enumerable.Repeat<string?[]>(["Socialsekreterare", "Kiruna", "Instämmer inte alls", "Instämmer inte alls", "Instämmer inte alls", "Instämmer inte alls", "Missnöjd", null, null, null, "Bo"], 2),
            .. Enumerable.Repeat<string?[]>(["Chef", "Piteå", null, null, null, null, "Mycket nöjd", "Instämmer till stor del", "Vet ej", "Nöjd", "Cilla"], 3),
            ["Arbetsledare", null, null, null, null, null, "Nöjd", "Instämmer inte alls", null, "Nöjd", "Dan"],
        ]);

    /// <summary>Norrbotten's plan (test data until the region file has it) evaluated on <see cref="Answers"/> for a year, with the ledger.</summary>
    public static FollowUpEvaluation Evaluate(Ledger ledger, int year) =>
        FollowUpEvaluation.Of(ledger.Region, Norrbotten(), year, Answers(), ledger);
}
