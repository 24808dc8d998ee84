namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Typed reads behind the properties of the request and response classes.</summary>
internal static class ParameterView
{
    /// <summary>
    /// Returns the value under the key cast to <typeparamref name="T"/>, or default when it is missing or null.
    /// </summary>
    /// <exception cref="System.InvalidCastException">The stored value is not a <typeparamref name="T"/>.</exception>
    public static T Get<T>(ParameterCollection parameters, string key) =>
        parameters.TryGetValue(key, out var value) && value is not null ? (T)value : default!;
}
