using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Data;

// Calendar dates are stored as ISO text ("2015-02-16"): it sorts correctly, reads well in any SQLite
// tool and never passes through a time zone. Instants are stored as Unix ticks.

public sealed class LocalDateConverter() : ValueConverter<LocalDate, string>(
    d => LocalDatePattern.Iso.Format(d),
    s => LocalDatePattern.Iso.Parse(s).Value);

public sealed class InstantConverter() : ValueConverter<Instant, long>(
    i => i.ToUnixTimeTicks(),
    t => Instant.FromUnixTimeTicks(t));

public sealed class LocalTimeConverter() : ValueConverter<LocalTime, string>(
    t => LocalTimePattern.ExtendedIso.Format(t),
    s => LocalTimePattern.ExtendedIso.Parse(s).Value);
