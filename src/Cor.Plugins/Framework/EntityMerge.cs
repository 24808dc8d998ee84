using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Framework;

/// <summary>
/// Builds the record as it will be after the save, from the stored columns and the submitted Target.
/// </summary>
public static class EntityMerge
{
    /// <summary>Returns a copy of the pre-image, which may be null, with every Target column written over it.</summary>
    public static Entity Merge(Entity? preImage, Entity target)
    {
        var merged = new Entity(target.LogicalName, target.Id);
        if (preImage != null)
        {
            Copy(preImage, merged);
        }

        Copy(target, merged);
        return merged;
    }

    /// <summary>Returns the listed columns that the Target sets to a value other than the stored one.</summary>
    public static IReadOnlyList<string> ChangedColumns(Entity target, Entity preImage, IEnumerable<string> columns) =>
        columns.Where(c => target.Contains(c) && !Equals(target[c], StoredValue(preImage, c))).ToList();

    private static object? StoredValue(Entity preImage, string column) =>
        preImage.Contains(column) ? preImage[column] : null;

    private static void Copy(Entity source, Entity destination)
    {
        foreach (var attribute in source.Attributes)
        {
            destination[attribute.Key] = attribute.Value;
        }
    }

    /// <summary>Sets the column, or clears it when the value is null, as Dataverse does with a null value.</summary>
    public static void SetOrClear(Entity entity, string column, object? value)
    {
        // The stand-in declares the indexer's value as non-nullable, but Dataverse accepts null to clear a column.
        entity[column] = value!;
    }

    /// <summary>Returns the column's value as a UTC time, or null when it is empty.</summary>
    public static DateTime? GetUtcTime(Entity entity, string column)
    {
        var value = entity.GetAttributeValue<DateTime?>(column);
        if (value == null)
        {
            return null;
        }

        return value.Value.Kind == DateTimeKind.Local ? value.Value.ToUniversalTime() : value.Value;
    }
}
