using System;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// Fixed ids of the emulated organization: the organization, its root business unit and the SYSTEM user.
/// </summary>
internal sealed record EmulatorIdentity(Guid OrganizationId, string OrganizationName, Guid RootBusinessUnitId, Guid SystemUserId);
