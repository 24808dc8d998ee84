using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>How a filter combines its conditions and child filters.</summary>
[DataContract(Name = "LogicalOperator", Namespace = ContractNamespace.V2011)]
public enum LogicalOperator
{
    [EnumMember]
    And = 0,

    [EnumMember]
    Or = 1,
}
