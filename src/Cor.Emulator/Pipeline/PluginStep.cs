using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// A registered step with its plugin type. The plugin instance is created on first use and reused afterwards, as
/// Dataverse caches one instance per step.
/// </summary>
internal sealed class PluginStep
{
    private IPlugin? _instance;

    public PluginStep(PluginStepRegistration registration, int order, Guid id)
    {
        Registration = registration;
        Id = id;
        Order = order;
        MessageName = registration.MessageName;
        PrimaryEntityName = string.IsNullOrEmpty(registration.PrimaryEntityName) || registration.PrimaryEntityName == "none"
            ? null
            : registration.PrimaryEntityName;
        FilteringAttributes = registration.FilteringAttributes
            .Select(a => a.Trim().ToLowerInvariant())
            .Where(a => a.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        Name = registration.Name ?? $"{registration.PluginType.FullName}: {MessageName} of {PrimaryEntityName ?? "any table"}";
    }

    public PluginStepRegistration Registration { get; }

    /// <summary>The sdkmessageprocessingstep id, from the solution file or generated for a step registered in code.</summary>
    public Guid Id { get; }

    /// <summary>Registration order, which breaks ties between steps of equal rank.</summary>
    public int Order { get; }

    public string Name { get; }

    public string MessageName { get; }

    public string? PrimaryEntityName { get; }

    public int Stage => (int)Registration.Stage;

    public int Mode => (int)Registration.Mode;

    public int Rank => Registration.Rank;

    public IReadOnlySet<string> FilteringAttributes { get; }

    public string TypeName => Registration.PluginType.FullName ?? Registration.PluginType.Name;

    public bool AppliesTo(string messageName, string tableName) =>
        string.Equals(MessageName, messageName, StringComparison.OrdinalIgnoreCase)
        && (PrimaryEntityName is null || PrimaryEntityName == tableName);

    /// <summary>
    /// Returns the plugin instance, creating it with the (string, string), (string) or () constructor.
    /// </summary>
    public IPlugin GetInstance()
    {
        return _instance ??= CreateInstance();
    }

    private IPlugin CreateInstance()
    {
        var type = Registration.PluginType;
        if (!typeof(IPlugin).IsAssignableFrom(type))
        {
            throw new EmulatorConfigurationException(
                $"Type '{type.FullName}' of step '{Name}' does not implement Microsoft.Xrm.Sdk.IPlugin. " +
                "Register a class that implements IPlugin.");
        }

        var arguments = ConstructorArguments(type);
        try
        {
            return (IPlugin)Activator.CreateInstance(type, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw new EmulatorConfigurationException(
                $"The constructor of plugin '{type.FullName}' threw: {exception.InnerException.Message}",
                exception.InnerException);
        }
    }

    private object?[] ConstructorArguments(Type type)
    {
        var unsecure = Registration.UnsecureConfiguration;
        var secure = Registration.SecureConfiguration;
        if (type.GetConstructor(new[] { typeof(string), typeof(string) }) is not null)
        {
            return new object?[] { unsecure, secure };
        }

        if (type.GetConstructor(new[] { typeof(string) }) is not null)
        {
            return new object?[] { unsecure };
        }

        if (type.GetConstructor(Type.EmptyTypes) is not null)
        {
            return Array.Empty<object?>();
        }

        throw new EmulatorConfigurationException(
            $"Plugin '{type.FullName}' has no public constructor taking (), (string) or (string, string). Add one.");
    }
}
