using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Display text of column values (choice labels, currency text), keyed by logical name.</summary>
[CollectionDataContract(Name = "FormattedValueCollection", Namespace = ContractNamespace.V2011)]
public sealed class FormattedValueCollection : DataCollection<string, string>
{
}
