using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Domain.Tests.Careers;

/// <summary>STEP-6: a person works for a municipality or for another employer.</summary>
public class EmployerKindTests
{
    [Fact]
    [Rule("STEP-6")]
    public void An_employer_is_a_municipality_or_another_employer()
    {
        Assert.Equal([EmployerKind.Kommun, EmployerKind.Annan], EmployerKind.List.OrderBy(e => e.Value));
        Assert.Equal(1, EmployerKind.Kommun.Value);
        Assert.Equal(2, EmployerKind.Annan.Value);
    }

    [Theory]
    [Rule("STEP-6")]
    [InlineData("kommun", "Kommun", "Kommun")]
    [InlineData("annan", "Annan", "Annan arbetsgivare")]
    public void An_employer_kind_is_spelt_by_its_code_and_read_in_Swedish(string code, string name, string displayName)
    {
        EmployerKind employer = EmployerKind.FromCode(code);
        Assert.Equal(name, employer.Name);
        Assert.Equal(code, employer.Code);
        Assert.Equal(displayName, employer.DisplayName);
    }

    [Fact]
    [Rule("STEP-6")]
    public void An_unknown_employer_kind_is_refused_with_the_kinds_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => EmployerKind.FromCode("privat"));
        Assert.Equal("'privat' is not a known EmployerKind; use one of kommun, annan. (Parameter 'code')", error.Message);
    }
}
