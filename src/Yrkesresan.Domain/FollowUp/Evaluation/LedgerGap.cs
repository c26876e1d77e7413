namespace Yrkesresan.Domain.FollowUp;

/// <summary>Why a ledger goal of a year cannot be evaluated.</summary>
internal enum LedgerGap
{
    /// <summary>Nothing is missing: the goal is evaluated.</summary>
    None = 0,

    /// <summary>No ledger was given.</summary>
    NoLedger = 1,

    /// <summary>The year is before the region's first year of membership and fixed cost.</summary>
    BeforeRegionData = 2,
}
