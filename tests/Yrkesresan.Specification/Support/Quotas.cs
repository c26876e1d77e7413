using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Specification.Support;

/// <summary>Exact quotas written as a Swede checks them with a calculator: two decimals, rounded half up.</summary>
internal static class Quotas
{
    /// <summary>The quota <c>whole + remainder / denominator</c> to two decimals, e.g. <c>8 711,11</c>.</summary>
    public static string Write(ExactQuota quota)
    {
        long hundredths = ((quota.Remainder * 200) + quota.Denominator) / (2 * quota.Denominator);
        long whole = quota.Whole + (hundredths / 100);
        return $"{SwedishNumberFormat.FormatInteger(whole)},{hundredths % 100:00}";
    }
}
