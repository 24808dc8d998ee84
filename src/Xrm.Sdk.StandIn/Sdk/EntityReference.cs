using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Reference to a record by table logical name and either its id or its alternate key values.</summary>
[Serializable]
[DataContract(Name = "EntityReference", Namespace = ContractNamespace.V2011)]
public sealed class EntityReference : IExtensibleDataObject
{
    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
    {
        LogicalName = logicalName;
        Id = id;
    }

    /// <summary>Creates a reference by a single-column alternate key.</summary>
    public EntityReference(string logicalName, string keyName, object keyValue)
    {
        LogicalName = logicalName;
        KeyAttributes.Add(keyName, keyValue);
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
    {
        LogicalName = logicalName;
        KeyAttributes = keyAttributeCollection;
    }

    [DataMember]
    public Guid Id { get; set; }

    [DataMember]
    public string LogicalName { get; set; } = null!;

    /// <summary>Primary name of the record, filled in by retrieves. It plays no part in equality.</summary>
    [DataMember]
    public string Name { get; set; } = null!;

    [DataMember]
    public KeyAttributeCollection KeyAttributes { get; set; } = new KeyAttributeCollection();

    [DataMember]
    public string RowVersion { get; set; } = null!;

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Compares Id, LogicalName (ordinal) and the alternate key values.</summary>
    public override bool Equals(object? obj) =>
        obj is EntityReference other
        && other.Id == Id
        && string.Equals(other.LogicalName, LogicalName, StringComparison.Ordinal)
        && HaveSameKeys(other.KeyAttributes, KeyAttributes);

    public override int GetHashCode() =>
        Id.GetHashCode() ^ (LogicalName is null ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName));

    private static bool HaveSameKeys(KeyAttributeCollection? left, KeyAttributeCollection? right)
    {
        var leftCount = left?.Count ?? 0;
        var rightCount = right?.Count ?? 0;
        if (leftCount != rightCount)
        {
            return false;
        }

        if (leftCount == 0)
        {
            return true;
        }

        foreach (KeyValuePair<string, object> key in left!)
        {
            if (!right!.TryGetValue(key.Key, out var value) || !Equals(key.Value, value))
            {
                return false;
            }
        }

        return true;
    }
}
