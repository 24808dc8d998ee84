using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>Queries for related records, keyed by relationship.</summary>
[CollectionDataContract(Name = "RelationshipQueryCollection", Namespace = ContractNamespace.V2011)]
[KnownType(typeof(QueryExpression))]
[KnownType(typeof(QueryByAttribute))]
[KnownType(typeof(FetchExpression))]
public sealed class RelationshipQueryCollection : DataCollection<Relationship, QueryBase>
{
}
