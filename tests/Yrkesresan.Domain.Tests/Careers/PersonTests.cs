using Yrkesresan.Domain.Careers;
using static Yrkesresan.Domain.Tests.Careers.EligibilityExamples;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-5: a person, and the work area they state: known, another word, or none.</summary>
public class PersonTests
{
    [Theory]
    [Rule("STEP-5")]
    [InlineData("utredning", "utredning", null)]
    [InlineData("familjehem", "familjehem", null)]
    [InlineData("ekonomi", null, "ekonomi")]
    [InlineData("Utredning", null, "Utredning")]
    public void A_stated_work_area_is_a_known_area_or_another_word(string text, string? known, string? other)
    {
        PersonWorkArea area = PersonWorkArea.FromText(text);
        Assert.Equal(known, area.Known?.Code);
        Assert.Equal(other, area.OtherWord);
        Assert.True(area.IsGiven);
        Assert.Equal(text, area.ToString());
    }

    [Theory]
    [Rule("STEP-5")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Nothing_or_a_blank_is_no_work_area(string? text)
    {
        PersonWorkArea area = PersonWorkArea.FromText(text);
        Assert.Equal(PersonWorkArea.None, area);
        Assert.Equal(default, area);
        Assert.False(area.IsGiven);
        Assert.Null(area.Known);
        Assert.Null(area.OtherWord);
        Assert.Equal("none", area.ToString());
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_known_area_is_equal_however_it_is_stated()
    {
        Assert.Equal(PersonWorkArea.Of(WorkArea.Utredning), PersonWorkArea.FromText("utredning"));
        Assert.NotEqual(PersonWorkArea.Of(WorkArea.Utredning), PersonWorkArea.Other("Utredning"));
        Assert.Equal(PersonWorkArea.Other("ekonomi"), PersonWorkArea.FromText("ekonomi"));
    }

    [Fact]
    [Rule("STEP-5")]
    public void Another_word_cannot_be_blank_or_a_known_code()
    {
        var error = Assert.Throws<ArgumentException>(() => PersonWorkArea.Other("familjehem"));
        Assert.Equal("'familjehem' is the code of the known work area Familjehem; state it as a known work area. (Parameter 'word')", error.Message);
        Assert.Throws<ArgumentException>(() => PersonWorkArea.Other(" "));
        Assert.Throws<ArgumentNullException>(() => PersonWorkArea.Other(null!));
        Assert.Throws<ArgumentNullException>(() => PersonWorkArea.Of(null!));
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_person_keeps_what_they_were_made_from_and_prints_it()
    {
        ProfessionalHistory history = History("2019-03-01..2020-12-31", "2022-01-01");
        var person = new Person(Role.Socialsekreterare, EmployerKind.Kommun, history, PersonWorkArea.Of(WorkArea.Utredning));
        Assert.Same(Role.Socialsekreterare, person.Role);
        Assert.Same(EmployerKind.Kommun, person.Employer);
        Assert.Same(history, person.History);
        Assert.Equal(PersonWorkArea.Of(WorkArea.Utredning), person.WorkArea);
        Assert.Equal("socialsekreterare, work area utredning, employer kommun, periods 2019-03-01..2020-12-31, 2022-01-01..", person.ToString());
        Assert.Equal(PersonWorkArea.None, new Person(Role.Chef, EmployerKind.Kommun, history).WorkArea);
    }

    [Fact]
    [Rule("STEP-5")]
    public void A_person_cannot_be_made_from_nothing()
    {
        ProfessionalHistory history = History("2019-03-01");
        Assert.Equal("role", Assert.Throws<ArgumentNullException>(() => new Person(null!, EmployerKind.Kommun, history)).ParamName);
        Assert.Equal("employer", Assert.Throws<ArgumentNullException>(() => new Person(Role.Chef, null!, history)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => new Person(Role.Chef, EmployerKind.Kommun, null!)).ParamName);
    }
}
