using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>Column values of an entity, keyed by logical name.</summary>
[CollectionDataContract(Name = "AttributeCollection", Namespace = ContractNamespace.V2011)]
[KnownType(typeof(AliasedValue))]
[KnownType(typeof(Entity))]
[KnownType(typeof(EntityCollection))]
[KnownType(typeof(EntityReference))]
[KnownType(typeof(EntityReferenceCollection))]
[KnownType(typeof(Money))]
[KnownType(typeof(OptionSetValue))]
[KnownType(typeof(OptionSetValueCollection))]
[KnownType(typeof(Guid))]
[KnownType(typeof(Relationship))]
[KnownType(typeof(ColumnSet))]
[KnownType(typeof(QueryExpression))]
[KnownType(typeof(PagingInfo))]
public sealed class AttributeCollection : DataCollection<string, object>
{
}
