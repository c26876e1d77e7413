using Yrkesresan.Domain.Courses;

namespace Yrkesresan.Domain.Tests.Courses;

/// <summary>COURSE-2: the tasks of a course's preparation and follow-up aim at knowledge goals of four levels.</summary>
public class KnowledgeLevelTests
{
    [Fact]
    [Rule("COURSE-2")]
    public void The_four_levels_of_a_knowledge_goal_are_facts_understanding_skill_and_familiarity_in_that_order()
    {
        KnowledgeLevel[] levels = [.. KnowledgeLevel.List.OrderBy(l => l.Value)];
        Assert.Equal([KnowledgeLevel.Fakta, KnowledgeLevel.Forstaelse, KnowledgeLevel.Fardighet, KnowledgeLevel.Fortrogenhet], levels);
        Assert.Equal([1, 2, 3, 4], levels.Select(l => l.Value));
        Assert.Equal(["Fakta", "Forstaelse", "Fardighet", "Fortrogenhet"], levels.Select(l => l.Name));
        Assert.Equal(["fakta", "forstaelse", "fardighet", "fortrogenhet"], levels.Select(l => l.Code));
        Assert.Equal(["Fakta", "Förståelse", "Färdighet", "Förtrogenhet"], levels.Select(l => l.DisplayName));
        Assert.Equal("fakta, forstaelse, fardighet, fortrogenhet", KnowledgeLevel.AllCodes());
        Assert.Equal("forstaelse", KnowledgeLevel.Forstaelse.ToString());
    }

    [Theory]
    [Rule("COURSE-2")]
    [InlineData("fakta", "Fakta")]
    [InlineData("forstaelse", "Forstaelse")]
    [InlineData("fardighet", "Fardighet")]
    [InlineData("fortrogenhet", "Fortrogenhet")]
    public void A_knowledge_level_is_found_by_the_code_a_region_file_spells_it_with(string code, string name)
    {
        Assert.True(KnowledgeLevel.TryFromCode(code, out KnowledgeLevel? level));
        Assert.Equal(name, level.Name);
        Assert.Same(level, KnowledgeLevel.FromCode(code));
    }

    [Fact]
    [Rule("COURSE-2")]
    public void A_knowledge_level_spelt_in_Swedish_or_with_a_capital_is_not_a_code()
    {
        Assert.False(KnowledgeLevel.TryFromCode("Fakta", out _));
        Assert.False(KnowledgeLevel.TryFromCode("förståelse", out _));
        var error = Assert.Throws<ArgumentException>(() => KnowledgeLevel.FromCode("Färdighet"));
        Assert.StartsWith("'Färdighet' is not a known KnowledgeLevel; use one of fakta, forstaelse, fardighet, fortrogenhet.", error.Message, StringComparison.Ordinal);
    }
}
