using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// Reads required request parameters, naming the request and parameter when one is missing or of the wrong type.
/// </summary>
internal static class RequestParameters
{
    public static T Required<T>(OrganizationRequest request, string name)
        where T : class
    {
        if (request.Parameters.TryGetValue(name, out var value) && value is T typed)
        {
            return typed;
        }

        var found = value is null ? "is missing" : $"is a {value.GetType().Name}";
        throw new EmulatorConfigurationException(
            $"{request.RequestName} request parameter '{name}' {found}; it must be a {typeof(T).Name}.");
    }

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
