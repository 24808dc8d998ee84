using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Value of a choice (option set) column.</summary>
[DataContract(Name = "OptionSetValue", Namespace = ContractNamespace.V2011)]
public sealed class OptionSetValue : IExtensibleDataObject
{
    public OptionSetValue()
    {
    }

    public OptionSetValue(int value)
    {
        Value = value;
    }

    [DataMember]
    public int Value { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Compares by Value.</summary>
    public override bool Equals(object? obj) => obj is OptionSetValue other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
