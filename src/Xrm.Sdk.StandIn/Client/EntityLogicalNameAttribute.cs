using System;

namespace Microsoft.Xrm.Sdk.Client;

/// <summary>Table logical name of an early-bound entity class, which Entity.ToEntity checks.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class EntityLogicalNameAttribute : Attribute
{
    /// <exception cref="ArgumentNullException">The name is null or white space.</exception>
    public EntityLogicalNameAttribute(string logicalName)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentNullException(nameof(logicalName));
        }

        LogicalName = logicalName;
    }

    public string LogicalName { get; }
}
