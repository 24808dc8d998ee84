using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// List collection of the SDK. Count, the indexer and Add come from Collection&lt;T&gt;, which is where compiled
/// code binds them.
/// </summary>
[Serializable]
public class DataCollection<T> : Collection<T>
{
    public DataCollection()
    {
    }

    /// <summary>Wraps the list without copying it.</summary>
    public DataCollection(IList<T> list)
        : base(list)
    {
    }

    public void AddRange(params T[] items) => AddRange((IEnumerable<T>)items);

    public void AddRange(IEnumerable<T> items)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
