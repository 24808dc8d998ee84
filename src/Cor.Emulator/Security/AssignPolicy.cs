using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Security;

/// <summary>
/// The emulator's privilege model. A caller may make a user or team the owner of a record only when the owner's
/// business unit is the caller's own or one below it, which matches a Deep Assign privilege in Dataverse.
/// The SYSTEM user may assign to anyone. Security roles are not read.
/// </summary>
internal sealed class AssignPolicy
{
    private readonly UserDirectory _users;
    private readonly Guid _systemUserId;

    public AssignPolicy(UserDirectory users, Guid systemUserId)
    {
        _users = users;
        _systemUserId = systemUserId;
    }

    /// <summary>
    /// Throws <see cref="DataverseFaultException"/> when the caller may not give the record to the owner.
    /// </summary>
    public void CheckOwner(string tableName, EntityReference owner, Guid callerId)
    {
        if (callerId == _systemUserId || (owner.LogicalName == "systemuser" && owner.Id == callerId))
        {
            return;
        }

        var callerUnit = _users.BusinessUnitOfUser(callerId);
        var ownerUnit = _users.BusinessUnitOfOwner(owner);
        if (IsAtOrBelow(ownerUnit, callerUnit))
        {
            return;
        }

        throw new DataverseFaultException(DataverseFaultException.Unspecified,
            $"Principal user (Id={callerId}) cannot assign a '{tableName}' record to {owner.LogicalName} (Id={owner.Id}): " +
            $"the owner's business unit {ownerUnit} is not the caller's business unit {callerUnit} or one below it. " +
            "Choose an owner in the caller's business unit, or make the change as a user of a parent business unit.");
    }

    private bool IsAtOrBelow(Guid unit, Guid ancestor)
    {
        var seen = new HashSet<Guid>();
        Guid? current = unit;
        while (current is Guid id && seen.Add(id))
        {
            if (id == ancestor)
            {
                return true;
            }

            current = _users.ParentOf(id);
        }

        return false;
    }
}
