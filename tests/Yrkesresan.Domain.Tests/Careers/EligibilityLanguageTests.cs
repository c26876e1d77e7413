using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;
using static Yrkesresan.Domain.Tests.Careers.EligibilityExamples;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>
/// STEP-7 in Swedish: every reason is written in the language of whoever reads it, with the seeds' terms
/// (<i>behörig</i>, <i>steg</i>, <i>fullgjorda år i yrket</i>), and its code stays the same.
/// </summary>
public sealed class EligibilityLanguageTests
{
    private static readonly LocalDate AsOf = D("2024-05-01");

    /// <summary>Decisions that give, between them, every reason code.</summary>
    private static EligibilityDecision[] EveryKindOfDecision()
    {
        EligibilityPolicy noExclusions = new(
            EligibilityPolicy.National.WorkAreas,
            [],
            [],
            new Dictionary<CareerStep, LocalDate?> { [CareerStep.Ny] = null, [CareerStep.Van] = null, [CareerStep.Erfaren] = null, [CareerStep.ArbetsledareOchChef] = null });
        return
        [
            Eligibility.Decide(SocialSecretary("2021-03-01"), Norrbotten.Region, AsOf),
            Eligibility.Decide(SocialSecretary("2018-01-01"), Norrbotten.Region, D("2023-10-31")),
            Eligibility.Decide(SocialSecretary("2019-01-01..2023-12-31"), EligibilityPolicy.National, AsOf),
            Eligibility.Decide(SocialSecretary("2022-01-01..2023-12-31"), EligibilityPolicy.National, AsOf),
            Eligibility.Decide(Someone(Role.Chef, "2023-05-01"), noExclusions, AsOf),
            Eligibility.Decide(Someone(Role.HogreChef, "2010-01-01", EmployerKind.Annan), Norrbotten.Region, AsOf),
            Eligibility.Decide(Someone(Role.Politiker, "2010-01-01"), noExclusions, AsOf),
            Eligibility.Decide(new Person(Role.Socialsekreterare, EmployerKind.Annan, History("2025-01-01")), EligibilityPolicy.National, AsOf),
            Eligibility.Decide(new Person(Role.Chef, EmployerKind.Kommun, History("2020-01-01"), PersonWorkArea.Other("ekonomi")), EligibilityPolicy.National, AsOf),
        ];
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void Every_reason_code_has_a_message_in_English_and_in_Swedish()
    {
        EligibilityReason[] reasons = [.. EveryKindOfDecision().SelectMany(d => d.Reasons)];
        Assert.Equal(
            EligibilityReasonCode.List.OrderBy(c => c.Value),
            reasons.Select(r => r.Code).Distinct().OrderBy(c => c.Value));
        foreach (EligibilityReason reason in reasons)
        {
            string english = reason.Message;
            string swedish = Culture.InSwedish(() => reason.Message);
            Assert.False(string.IsNullOrWhiteSpace(english), reason.Code.Code);
            Assert.False(string.IsNullOrWhiteSpace(swedish), reason.Code.Code);
            Assert.NotEqual(english, swedish);
            Assert.StartsWith(reason.Code.Code + ": ", Culture.InSwedish(() => reason.ToString()), StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_reason_is_written_in_the_language_of_whoever_reads_it_not_of_whoever_decided()
    {
        EligibilityDecision decision = Culture.InSwedish(() => Eligibility.Decide(SocialSecretary("2021-03-01"), Norrbotten.Region, AsOf));
        Assert.Equal("Van has been open in the region since 2023-01-01", decision.Reasons[1].Message);
        Assert.Equal("Steget Van har varit öppet i regionen sedan 2023-01-01", Culture.InSwedish(() => decision.Reasons[1].Message));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_decision_explains_itself_in_Swedish()
    {
        Assert.Equal(
            "Behörig till steget Van per 2024-05-01, öppet i regionen\n"
            + "  eligible_by_years: 3 fullgjorda år i yrket: Van (2 till 5 år); steget Erfaren börjar 2026-03-01\n"
            + "  step_open: Steget Van har varit öppet i regionen sedan 2023-01-01",
            Culture.InSwedish(() => Eligibility.Decide(SocialSecretary("2021-03-01"), Norrbotten.Region, AsOf).Explain()));
        Assert.Equal(
            "Inte behörig per 2024-05-01\n"
            + "  role_excluded: Högre chef (hogre-chef) är en roll som regionens policy inte omfattar\n"
            + "  employer_excluded: Annan arbetsgivare (annan) är en arbetsgivare som regionens policy inte omfattar: Yrkesresan är för kommunalt anställda",
            Culture.InSwedish(() => Eligibility.Decide(Someone(Role.HogreChef, "2010-01-01", EmployerKind.Annan), Norrbotten.Region, AsOf).Explain()));
        Assert.Equal(
            "1 fullgjort år i yrket: Ny (0 till 2 år); steget Van börjar 2025-09-15",
            Culture.InSwedish(() => Eligibility.Decide(SocialSecretary("2023-09-15"), Norrbotten.Region, D("2024-09-15")).Reasons[0].Message));
        Assert.StartsWith(
            "Behörig till steget Erfaren per 2023-10-31, inte öppet i regionen än\n",
            Culture.InSwedish(() => Eligibility.Decide(SocialSecretary("2018-01-01"), Norrbotten.Region, D("2023-10-31")).Explain()),
            StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_policy_s_problems_read_in_Swedish_with_their_codes()
    {
        var error = Culture.InSwedish(() => Assert.Throws<RegionDataException>(() => new EligibilityPolicy(
            [],
            [Role.Socialsekreterare],
            [],
            new Dictionary<CareerStep, LocalDate?> { [CareerStep.Ny] = null, [CareerStep.Van] = null, [CareerStep.Erfaren] = null })));
        Assert.Equal(
            [
                "PolicyNoWorkArea: work_areas: minst ett arbetsområde måste höra till målgruppen",
                "PolicyRoleInTargetGroup: excluded_roles[0]: socialsekreterare hör till målgruppen (STEP-5) och kan inte undantas",
                "PolicyStepOpeningMissing: step_openings.ArbetsledareOchChef: saknas; ange dagen då steget öppnar, eller null om det inte har något datum än",
            ],
            error.Problems.Select(p => $"{p.Code}: {p}"));
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_period_that_cannot_be_read_is_explained_in_Swedish()
    {
        Assert.Equal(
            "'2021-13-01' är inte en period i yrket: skriv ÅÅÅÅ-MM-DD (fortfarande i yrket) eller ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD (båda dagarna medräknade).",
            Culture.InSwedish(() => Assert.Throws<FormatException>(() => ProfessionPeriod.Parse("2021-13-01"))).Message);
        Assert.Equal(
            "'2021-05-01..2021-01-01' är inte en period i yrket: den slutar (2021-01-01) innan den börjar (2021-05-01).",
            Culture.InSwedish(() => Assert.Throws<FormatException>(() => ProfessionPeriod.Parse("2021-05-01..2021-01-01"))).Message);
    }
}
