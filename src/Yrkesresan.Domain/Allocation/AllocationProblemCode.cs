namespace Yrkesresan.Domain.Allocation;

/// <summary>Why an allocation request was refused. The names are stable codes that callers may rely on.</summary>
public enum AllocationProblemCode
{
    /// <summary>There were no parties to share among.</summary>
    NoParties = 1,

    /// <summary>The total to share was negative.</summary>
    NegativeTotal = 2,

    /// <summary>A party's weight was negative.</summary>
    NegativeWeight = 3,

    /// <summary>Every weight was zero, so no proportion can be formed.</summary>
    AllWeightsZero = 4,

    /// <summary>The same party appeared more than once.</summary>
    DuplicateParty = 5,

    /// <summary>A party was null.</summary>
    MissingParty = 6,

    /// <summary>The weights added up to more than <see cref="long.MaxValue"/>.</summary>
    WeightTotalTooLarge = 7,

    /// <summary>The party named to take the residual of a half-up rounding was not among the parties.</summary>
    ResidualPartyMissing = 8,

    /// <summary>Putting the residual of a half-up rounding on the named party would make its share negative.</summary>
    ResidualMakesShareNegative = 9,
}
