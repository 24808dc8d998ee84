using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>Request, response and context parameters, keyed by parameter name.</summary>
[CollectionDataContract(Name = "ParameterCollection", Namespace = ContractNamespace.V2011)]
[KnownType(typeof(AliasedValue))]
[KnownType(typeof(Entity))]
[KnownType(typeof(EntityCollection))]
[KnownType(typeof(EntityReference))]
[KnownType(typeof(EntityReferenceCollection))]
[KnownType(typeof(Money))]
[KnownType(typeof(OptionSetValue))]
[KnownType(typeof(OptionSetValueCollection))]
[KnownType(typeof(Guid))]
[KnownType(typeof(Guid[]))]
[KnownType(typeof(Relationship))]
[KnownType(typeof(RelationshipQueryCollection))]
[KnownType(typeof(ColumnSet))]
[KnownType(typeof(QueryBase))]
[KnownType(typeof(QueryExpression))]
[KnownType(typeof(QueryByAttribute))]
[KnownType(typeof(FetchExpression))]
[KnownType(typeof(PagingInfo))]
[KnownType(typeof(OrganizationRequestCollection))]
[KnownType(typeof(ExecuteMultipleSettings))]
[KnownType(typeof(ExecuteMultipleResponseItemCollection))]
[KnownType(typeof(ConcurrencyBehavior))]
public class ParameterCollection : DataCollection<string, object>
{
    public ParameterCollection()
    {
    }

    protected ParameterCollection(IDictionary<string, object> dictionary)
        : base(dictionary)
    {
    }

    /// <summary>Sets the key to the value, unless the value is null, which leaves the collection unchanged.</summary>
    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj is null)
        {
            return;
        }

        this[key] = obj;
    }

    /// <summary>Gets the value when the key is present and its value is a <typeparamref name="T"/>.</summary>
    /// <returns>False when the key is missing, the value is null or the value is of another type.</returns>
    public bool TryGetValue<T>(string key, out T value)
    {
        if (TryGetValue(key, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }
}
