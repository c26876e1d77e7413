namespace Yrkesresan.Domain.Allocation;

/// <summary>Why a party's share is what it is. The names are stable codes that callers may rely on.</summary>
public enum ShareReason
{
    /// <summary>The exact quota is a whole number, so the share is exactly the quota.</summary>
    ExactQuota = 1,

    /// <summary>Largest remainder: the party received one leftover unit because its remainder is among the largest.</summary>
    LargestRemainder = 2,

    /// <summary>Largest remainder: the party received one leftover unit; its remainder tied with a party that did not, and its larger weight decided.</summary>
    LargestRemainderTieBrokenByWeight = 3,

    /// <summary>Largest remainder: the party received one leftover unit; its remainder and weight tied with a party that did not, and its lower party identifier decided.</summary>
    LargestRemainderTieBrokenByParty = 4,

    /// <summary>Largest remainder: the party got the floor of its quota; every leftover unit went to a larger remainder.</summary>
    RemainderTooSmall = 5,

    /// <summary>Largest remainder: the party got the floor of its quota; its remainder tied with a party that received a unit, which had the larger weight.</summary>
    LostRemainderTieOnWeight = 6,

    /// <summary>Largest remainder: the party got the floor of its quota; its remainder and weight tied with a party that received a unit, which had the lower party identifier.</summary>
    LostRemainderTieOnParty = 7,

    /// <summary>Half up: the fractional part of the quota was below one half, so the share is the floor.</summary>
    RoundedDown = 8,

    /// <summary>Half up: the fractional part of the quota was one half or more, so the share is the ceiling.</summary>
    RoundedUp = 9,

    /// <summary>Half up: the party is the one named to take the residual, so its rounded share was adjusted by the difference between the total and the sum of rounded shares.</summary>
    AbsorbedResidual = 10,
}
