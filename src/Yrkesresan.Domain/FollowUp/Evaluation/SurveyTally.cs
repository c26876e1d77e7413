using System.Collections.Immutable;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// Counts a survey's answers for each survey goal of a plan (rule <c>GOAL-4</c>), in one pass over the
/// rows that reads only the plan's questions: a respondent counts for a goal when their role is among
/// the goal's roles and they answered its question; a blank cell is no answer; an option classed not
/// counted leaves the denominator. Every cell of those columns is checked, whatever the respondent's
/// role: an answer that is none of the options is a problem, and any problem means no result.
/// </summary>
internal sealed class SurveyTally
{
    private readonly FollowUpPlan plan;
    private readonly Region region;
    private readonly long[] counted;
    private readonly long[] positive;
    private readonly long[] notCounted;
    private readonly long[][]? countedBy;
    private readonly long[][]? positiveBy;

    private SurveyTally(FollowUpPlan plan, Region region, bool byMunicipality)
    {
        this.plan = plan;
        this.region = region;
        int goals = plan.Goals.Length;
        counted = new long[goals];
        positive = new long[goals];
        notCounted = new long[goals];
        if (byMunicipality)
        {
            // One bucket per municipality, in the region's order (by code), and a last one for those who did not say.
            countedBy = [.. Enumerable.Range(0, goals).Select(_ => new long[region.Municipalities.Length + 1])];
            positiveBy = [.. Enumerable.Range(0, goals).Select(_ => new long[region.Municipalities.Length + 1])];
        }
    }

    /// <summary>The responses read.</summary>
    public int Respondents { get; private set; }

    /// <summary>The responses that left the role question blank: they count for no goal.</summary>
    public int WithoutRole { get; private set; }

    /// <summary>Counts the answers.</summary>
    /// <exception cref="DataFileException">The answers have problems; every one is listed, by file, row and cell.</exception>
    public static SurveyTally Count(FollowUpPlan plan, Region region, SurveyAnswers answers)
    {
        var problems = new AnswerProblems(answers);
        QuestionColumns columns = QuestionColumns.Find(plan, answers, problems);
        var tally = new SurveyTally(plan, region, plan.MunicipalityQuestion is not null);
        tally.Read(answers, columns, problems);
        if (problems.Any)
        {
            problems.Throw();
        }

        return tally;
    }

    /// <summary>The result of the survey goal at an index of the plan.</summary>
    public SurveyGoalResult ResultOf(int goal, int year)
    {
        EffectGoal effectGoal = plan.Goals[goal];
        SurveyMeasure measure = effectGoal.Survey!;
        string roles = string.Join(", ", measure.Roles.Select(r => r.Code));
        ImmutableArray<MunicipalityShare> byMunicipality = [];
        if (countedBy is not null && positiveBy is not null)
        {
            long[] c = countedBy[goal];
            long[] p = positiveBy[goal];
            int stated = region.Municipalities.Length;
            byMunicipality =
            [
                .. region.Municipalities.Select((m, i) => new MunicipalityShare(m, new SurveyCounts(c[i], p[i], measure.ThresholdPercent), roles)),
                .. c[stated] > 0 ? [new MunicipalityShare(null, new SurveyCounts(c[stated], p[stated], measure.ThresholdPercent), roles)] : Array.Empty<MunicipalityShare>(),
            ];
        }

        return new SurveyGoalResult(effectGoal, year, new SurveyCounts(counted[goal], positive[goal], measure.ThresholdPercent), notCounted[goal], byMunicipality);
    }

    private void Read(SurveyAnswers answers, QuestionColumns columns, AnswerProblems problems)
    {
        RoleQuestion roleQuestion = plan.RoleQuestion;
        AnswerLookup roles = AnswerLookup.Over(roleQuestion.Options.Select(o => (o.Answer, Bit(o.Role))));
        AnswerLookup municipalities = AnswerLookup.Over(region.Municipalities.Select((m, i) => (m.Name, i)));
        int notStated = region.Municipalities.Length;

        int goalCount = plan.Goals.Length;
        var lookups = new AnswerLookup?[goalCount];
        int[] roleBits = new int[goalCount];
        for (int g = 0; g < goalCount; g++)
        {
            if (plan.Goals[g].Survey is { } survey && columns.Goals[g] is not null)
            {
                lookups[g] = new AnswerLookup(cell => survey.ClassOf(cell) is { } kind ? (int)kind : AnswerLookup.Unknown);
                roleBits[g] = survey.Roles.Aggregate(0, (bits, role) => bits | Bit(role));
            }
        }

        foreach (AnswerRow row in answers.Rows)
        {
            Respondents++;
            int role = 0;
            if (columns.Role is { } roleColumn)
            {
                string? cell = row.CellAt(roleColumn.Number);
                if (AnswerText.IsBlank(cell))
                {
                    WithoutRole++;
                }
                else if ((role = roles.Resolve(cell!)) == AnswerLookup.Unknown)
                {
                    role = 0;
                    problems.NotAnOption(row, roleColumn, roleQuestion.Label.Trim(), roleQuestion.Options.Select(o => o.Answer));
                }
            }

            int municipality = notStated;
            if (columns.Municipality is { } municipalityColumn)
            {
                string? cell = row.CellAt(municipalityColumn.Number);
                if (!AnswerText.IsBlank(cell) && (municipality = municipalities.Resolve(cell!)) == AnswerLookup.Unknown)
                {
                    municipality = notStated;
                    problems.NotAMunicipality(row, municipalityColumn, plan.MunicipalityQuestion!.Label.Trim(), region.Name);
                }
            }

            for (int g = 0; g < goalCount; g++)
            {
                AnswerLookup? lookup = lookups[g];
                if (lookup is null)
                {
                    continue;
                }

                AnswerColumn column = columns.Goals[g]!;
                string? cell = row.CellAt(column.Number);
                if (AnswerText.IsBlank(cell))
                {
                    continue;
                }

                int kind = lookup.Resolve(cell!);
                if (kind == AnswerLookup.Unknown)
                {
                    SurveyMeasure survey = plan.Goals[g].Survey!;
                    problems.NotAnOption(row, column, survey.Question.Trim(), survey.Options);
                }
                else if ((role & roleBits[g]) != 0)
                {
                    Add(g, (AnswerClass)kind, municipality);
                }
            }
        }
    }

    private void Add(int goal, AnswerClass kind, int municipality)
    {
        if (kind == AnswerClass.NotCounted)
        {
            notCounted[goal]++;
            return;
        }

        long isPositive = kind == AnswerClass.Positive ? 1 : 0;
        counted[goal]++;
        positive[goal] += isPositive;
        if (countedBy is not null && positiveBy is not null)
        {
            countedBy[goal][municipality]++;
            positiveBy[goal][municipality] += isPositive;
        }
    }

    /// <summary>A role as one bit (1 &lt;&lt; its value); none is 0, which no goal counts.</summary>
    private static int Bit(Role? role) => role is null ? 0 : 1 << role.Value;
}
