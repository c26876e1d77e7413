using System.Numerics;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>An independent reference for exact quotas: arbitrary-precision integers, no shortcuts.</summary>
internal static class BigQuota
{
    public static (BigInteger Floor, BigInteger Remainder) Of(long total, long weight, long weightTotal)
    {
        BigInteger product = (BigInteger)total * weight;
        BigInteger floor = BigInteger.DivRem(product, weightTotal, out BigInteger remainder);
        return (floor, remainder);
    }
}
