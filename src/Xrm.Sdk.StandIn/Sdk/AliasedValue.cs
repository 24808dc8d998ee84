using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Column value that a query returns from a linked table or an aggregate, stored under its alias.</summary>
[DataContract(Name = "AliasedValue", Namespace = ContractNamespace.V2011)]
public sealed class AliasedValue : IExtensibleDataObject
{
    public AliasedValue()
    {
    }

    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    [DataMember]
    public string AttributeLogicalName { get; private set; } = null!;

    [DataMember]
    public string EntityLogicalName { get; private set; } = null!;

    [DataMember]
    public object Value { get; private set; } = null!;

    public ExtensionDataObject? ExtensionData { get; set; }
}
