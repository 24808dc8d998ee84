using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Keyed collection behind attributes, parameters and images. It is deliberately not an IDictionary: compiled
/// plugins bind the indexer, Contains and TryGetValue to this type, so they must be declared here.
/// </summary>
/// <remarks>Keys compare with the key type's default comparer, so string keys are case-sensitive.</remarks>
[Serializable]
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
{
    private readonly IDictionary<TKey, TValue> _items;

    protected internal DataCollection()
        : this(new Dictionary<TKey, TValue>())
    {
    }

    /// <summary>Wraps the dictionary without copying it.</summary>
    protected internal DataCollection(IDictionary<TKey, TValue> collection)
    {
        _items = collection ?? throw new ArgumentNullException(nameof(collection));
    }

    /// <summary>Value stored under the key. Setting adds the key or replaces its value.</summary>
    /// <exception cref="KeyNotFoundException">The getter finds no such key.</exception>
    public virtual TValue this[TKey key]
    {
        get => _items[key];
        set => _items[key] = value;
    }

    public int Count => _items.Count;

    public ICollection<TKey> Keys => _items.Keys;

    public ICollection<TValue> Values => _items.Values;

    public virtual bool IsReadOnly => false;

    public void Add(KeyValuePair<TKey, TValue> item) => _items.Add(item);

    /// <exception cref="ArgumentException">The key is already present.</exception>
    public void Add(TKey key, TValue value) => _items.Add(key, value);

    public void AddRange(params KeyValuePair<TKey, TValue>[] items) =>
        AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        foreach (var item in items)
        {
            _items.Add(item);
        }
    }

    public void Clear() => _items.Clear();

    public bool Contains(TKey key) => _items.ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> key) => _items.Contains(key);

    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value!);

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => _items.CopyTo(array, index);

    public bool Remove(TKey key) => _items.Remove(key);

    public bool Remove(KeyValuePair<TKey, TValue> item) => _items.Remove(item);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
