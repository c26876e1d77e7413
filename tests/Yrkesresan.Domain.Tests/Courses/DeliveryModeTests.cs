using Yrkesresan.Domain.Courses;

namespace Yrkesresan.Domain.Tests.Courses;

/// <summary>COURSE-3: a course day is given on site or digitally.</summary>
public class DeliveryModeTests
{
    [Fact]
    [Rule("COURSE-3")]
    public void A_course_day_is_given_either_on_site_or_digitally()
    {
        Assert.Equal([DeliveryMode.OnSite, DeliveryMode.Digital], DeliveryMode.List.OrderBy(m => m.Value));
        Assert.Equal(1, DeliveryMode.OnSite.Value);
        Assert.Equal(2, DeliveryMode.Digital.Value);
        Assert.Equal("onsite, digital", DeliveryMode.AllCodes());
    }

    [Theory]
    [Rule("COURSE-3")]
    [InlineData("onsite", "OnSite", "På plats")]
    [InlineData("digital", "Digital", "Digitalt")]
    public void A_delivery_mode_is_spelt_by_its_code_and_read_in_Swedish(string code, string name, string displayName)
    {
        DeliveryMode mode = DeliveryMode.FromCode(code);
        Assert.Equal(name, mode.Name);
        Assert.Equal(code, mode.Code);
        Assert.Equal(displayName, mode.DisplayName);
        Assert.Equal(code, mode.ToString());
    }

    [Fact]
    [Rule("COURSE-3")]
    public void An_unknown_delivery_mode_is_refused_with_the_modes_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => DeliveryMode.FromCode("on-site"));
        Assert.Equal("'on-site' is not a known DeliveryMode; use one of onsite, digital. (Parameter 'code')", error.Message);
        Assert.False(DeliveryMode.TryFromCode("OnSite", out _));
    }
}
