using NodaTime;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>A row of the occasions sheet as read; <paramref name="Read"/> is false when one of its cells was reported.</summary>
internal sealed record OccasionRow(int Row, string? Id, string? Course, long? Venue, bool Waived, bool Read);

/// <summary>A row of the course days sheet as read.</summary>
internal sealed record DayRow(int Row, string? Occasion, LocalDate Date, DeliveryMode? Mode, bool Read);

/// <summary>A row of the participants sheet as read.</summary>
internal sealed record ParticipantRow(int Row, string? Occasion, MunicipalityCode? Municipality, long? Count, bool Read);

/// <summary>A row of the trainers sheet as read; an external trainer has no municipality, and no dates means every day.</summary>
internal sealed record TrainerRow(int Row, string? Occasion, MunicipalityCode? Municipality, IReadOnlyList<LocalDate>? Dates, bool Read);
