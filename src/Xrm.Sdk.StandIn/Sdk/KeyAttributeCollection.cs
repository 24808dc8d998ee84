using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Alternate key values that identify a record, keyed by column logical name.</summary>
[Serializable]
[CollectionDataContract(Name = "KeyAttributeCollection", Namespace = ContractNamespace.V71)]
[KnownType(typeof(EntityReference))]
[KnownType(typeof(Money))]
[KnownType(typeof(OptionSetValue))]
[KnownType(typeof(Guid))]
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
}
