using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// Reads required request parameters, naming the request and parameter when one is missing or of the wrong type.
/// </summary>
internal static class RequestParameters
{
    /// <summary>Returns the parameter, or raises a fault naming the expected and the given type.</summary>
    /// <exception cref="DataverseFaultException">The parameter is missing, null or of another type.</exception>
    public static T Required<T>(OrganizationRequest request, string name)
        where T : class
    {
        if (request.Parameters.TryGetValue(name, out var value) && value is T typed)
        {
            return typed;
        }

        throw InvalidParameter(request.RequestName, name, typeof(T), value);
    }

    /// <summary>
    /// Creates the fault for a request parameter that is missing or of the wrong type. It is the caller's error, so
    /// it is a <see cref="DataverseFaultException"/> and not a setup error of the emulator.
    /// </summary>
    public static DataverseFaultException InvalidParameter(string requestName, string name, System.Type expected, object? value)
    {
        var actual = value is null ? "missing" : WithArticle(value.GetType().Name);
        return new DataverseFaultException(DataverseFaultException.Unspecified,
            $"{requestName} request parameter '{name}' must be {WithArticle(expected.Name)}, but it is {actual}.");
    }

    private static string WithArticle(string typeName) =>
        ("AEIOU".Contains(typeName[0], System.StringComparison.Ordinal) ? "an " : "a ") + typeName;

    /// <summary>Copies an entity so that steps never change the caller's object, as a request over the wire would not.</summary>
    public static Entity Clone(Entity entity)
    {
        var copy = new Entity(entity.LogicalName, entity.Id);
        foreach (var attribute in entity.Attributes)
        {
            copy[attribute.Key] = attribute.Value;
        }

        return copy;
    }
}
