using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Client;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Record of a table: logical name, id and column values. Not sealed, because early-bound classes derive from it.
/// </summary>
[DataContract(Name = "Entity", Namespace = ContractNamespace.V2011)]
public class Entity : IExtensibleDataObject
{
    public Entity()
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    /// <summary>Creates an entity with an id. The id is not added to Attributes.</summary>
    public Entity(string entityName, Guid id)
    {
        LogicalName = entityName;
        Id = id;
    }

    /// <summary>Creates an entity identified by a single-column alternate key.</summary>
    public Entity(string entityName, string keyName, object keyValue)
    {
        LogicalName = entityName;
        KeyAttributes.Add(keyName, keyValue);
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        KeyAttributes = keyAttributes;
    }

    [DataMember]
    public string LogicalName { get; set; } = null!;

    /// <summary>Primary key. Setting it does not add the primary key column to Attributes.</summary>
    [DataMember]
    public virtual Guid Id { get; set; }

    [DataMember]
    public AttributeCollection Attributes { get; set; } = new();

    [DataMember]
    public EntityState? EntityState { get; set; }

    [DataMember]
    public FormattedValueCollection FormattedValues { get; private set; } = new();

    [DataMember]
    public RelatedEntityCollection RelatedEntities { get; private set; } = new();

    /// <summary>Version stamp of the record, used by optimistic concurrency.</summary>
    [DataMember]
    public string RowVersion { get; set; } = null!;

    [DataMember]
    public KeyAttributeCollection KeyAttributes { get; set; } = new();

    public ExtensionDataObject? ExtensionData { get; set; }

    // The Lazy* members carry file-column data for the platform, which documents them as internal use only. Their
    // types follow Microsoft Learn's current SDK reference.
    public bool HasLazyFileAttribute { get; set; }

    public string LazyFileAttributeKey { get; set; } = null!;

    public Lazy<object> LazyFileAttributeValue { get; set; } = null!;

    public string LazyFileSizeAttributeKey { get; set; } = null!;

    public int LazyFileSizeAttributeValue { get; set; }

    /// <summary>Value of the column, as stored in Attributes. Logical names are case-sensitive.</summary>
    /// <exception cref="KeyNotFoundException">The getter finds no such column.</exception>
    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    /// <summary>Returns the column value cast to <typeparamref name="T"/>, or default when missing or null.</summary>
    /// <exception cref="ArgumentNullException">The name is null or white space.</exception>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="T"/>.</exception>
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        if (!Attributes.TryGetValue(attributeLogicalName, out var value) || value is null)
        {
            return default!;
        }

        return (T)value;
    }

    /// <summary>Gets the column value when the column is present and its value is a <typeparamref name="T"/>.</summary>
    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        if (Attributes.TryGetValue(attributeKey, out var value) && value is T typed)
        {
            result = typed;
            return true;
        }

        result = default!;
        return false;
    }

    /// <summary>Creates a reference with this entity's LogicalName, Id and RowVersion.</summary>
    public EntityReference ToEntityReference() => new(LogicalName, Id) { RowVersion = RowVersion };

    /// <summary>
    /// Copies this entity into a new <typeparamref name="T"/> that shares its attribute and value collections.
    /// </summary>
    /// <exception cref="NotSupportedException">
    /// LogicalName is empty, or <typeparamref name="T"/> lacks an EntityLogicalNameAttribute naming this table.
    /// </exception>
    public T ToEntity<T>()
        where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var plain = new Entity();
            ShallowCopyTo(plain);
            return (T)plain;
        }

        ThrowIfNotProxyOf(typeof(T));
        var proxy = Activator.CreateInstance<T>();
        ShallowCopyTo(proxy);
        return proxy;
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object value) =>
        Attributes[attributeLogicalName] = value;

    /// <summary>Returns the formatted value of the column, or null when there is none.</summary>
    protected virtual string GetFormattedAttributeValue(string attributeLogicalName) =>
        FormattedValues.TryGetValue(attributeLogicalName, out var text) ? text : null!;

    protected virtual T GetRelatedEntity<T>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where T : Entity
    {
        var related = FindRelated(relationshipSchemaName, primaryEntityRole);
        return related is null || related.Entities.Count == 0 ? null! : related.Entities[0].ToEntity<T>();
    }

    protected virtual IEnumerable<T> GetRelatedEntities<T>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where T : Entity
    {
        var related = FindRelated(relationshipSchemaName, primaryEntityRole);
        if (related is null)
        {
            return null!;
        }

        var typed = new List<T>(related.Entities.Count);
        foreach (var entity in related.Entities)
        {
            typed.Add(entity.ToEntity<T>());
        }

        return typed;
    }

    /// <summary>Stores the record under the relationship, or removes the relationship when it is null.</summary>
    protected virtual void SetRelatedEntity<T>(string relationshipSchemaName, EntityRole? primaryEntityRole, T entity)
        where T : Entity
    {
        var entities = entity is null ? null : new[] { (Entity)entity };
        SetRelated(relationshipSchemaName, primaryEntityRole, entities);
    }

    /// <summary>Stores the records under the relationship, or removes the relationship when they are null.</summary>
    protected virtual void SetRelatedEntities<T>(
        string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<T> entities)
        where T : Entity
    {
        SetRelated(relationshipSchemaName, primaryEntityRole, entities);
    }

    private EntityCollection? FindRelated(string relationshipSchemaName, EntityRole? primaryEntityRole)
    {
        var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        return RelatedEntities.TryGetValue(key, out var related) ? related : null;
    }

    private void SetRelated(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<Entity>? entities)
    {
        var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        if (entities is null)
        {
            RelatedEntities.Remove(key);
            return;
        }

        RelatedEntities[key] = new EntityCollection(new List<Entity>(entities));
    }

    private void ThrowIfNotProxyOf(Type proxyType)
    {
        if (string.IsNullOrWhiteSpace(LogicalName))
        {
            throw new NotSupportedException(
                $"Cannot convert to {proxyType.FullName}: the entity has no LogicalName. Set LogicalName first.");
        }

        var attribute = proxyType.GetCustomAttribute<EntityLogicalNameAttribute>();
        if (attribute is null || attribute.LogicalName != LogicalName)
        {
            throw new NotSupportedException(
                $"Cannot convert entity '{LogicalName}' to {proxyType.FullName}: the class needs "
                + $"[EntityLogicalName(\"{LogicalName}\")], and it has '{attribute?.LogicalName ?? "none"}'.");
        }
    }

    private void ShallowCopyTo(Entity target)
    {
        target.LogicalName = LogicalName;
        target.Id = Id;
        target.Attributes = Attributes;
        target.EntityState = EntityState;
        target.FormattedValues = FormattedValues;
        target.KeyAttributes = KeyAttributes;
        target.RelatedEntities = RelatedEntities;
        target.RowVersion = RowVersion;
        target.ExtensionData = ExtensionData;
    }
}
