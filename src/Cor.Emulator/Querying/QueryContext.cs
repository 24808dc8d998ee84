using System;

namespace Cor.Emulator.Querying;

/// <summary>
/// Values that some condition operators depend on: the calling user, their business unit and the emulator's clock.
/// </summary>
internal sealed record QueryContext(Guid CallerId, Guid BusinessUnitId, DateTime Now);
