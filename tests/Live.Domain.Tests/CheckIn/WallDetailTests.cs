using Live.Domain.CheckIn;
using Live.Domain.Common;

namespace Live.Domain.Tests.CheckIn;

public class WallDetailTests
{
    private static Person Someone(string? company) => new() { Number = 1, Name = "宋佳", Phone = "13800138000", Company = company, Category = "VIP" };

    [Theory]
    [InlineData("none")]
    [InlineData("company")]
    [InlineData("category")]
    public void The_three_choices_are_kept_as_given(string value) => Assert.Equal(value, WallDetail.Parse(value));

    [Fact]
    public void Absent_is_the_company_and_anything_else_is_refused()
    {
        Assert.Equal(WallDetail.Company, WallDetail.Parse(null));
        foreach (var bad in new[] { "", "Company", "phone", " company", "seat" })
            Assert.Equal(ErrorCodes.InvalidWallDetail, Assert.Throws<RuleViolation>(() => WallDetail.Parse(bad)).Code);
    }

    [Fact]
    public void Only_company_lets_the_company_through_and_nothing_ever_lets_the_phone_through()
    {
        Assert.Equal("上海汽车", WallDetail.CompanyShown("company", Someone("上海汽车")));
        Assert.Null(WallDetail.CompanyShown("company", Someone(null)));
        Assert.Null(WallDetail.CompanyShown("category", Someone("上海汽车")));
        Assert.Null(WallDetail.CompanyShown("none", Someone("上海汽车")));
    }
}
