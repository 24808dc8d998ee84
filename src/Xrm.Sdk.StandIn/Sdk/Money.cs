using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Value of a currency column.</summary>
[DataContract(Name = "Money", Namespace = ContractNamespace.V2011)]
public sealed class Money : IExtensibleDataObject
{
    public Money()
    {
    }

    public Money(decimal value)
    {
        Value = value;
    }

    [DataMember]
    public decimal Value { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Compares by Value, so 1.0 equals 1.00.</summary>
    public override bool Equals(object? obj) => obj is Money other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
