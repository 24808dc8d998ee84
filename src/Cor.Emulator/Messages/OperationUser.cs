using System;

namespace Cor.Emulator.Messages;

/// <summary>
/// The user a main operation runs as, and that user's business unit.
/// </summary>
internal sealed record OperationUser(Guid UserId, Guid BusinessUnitId);
