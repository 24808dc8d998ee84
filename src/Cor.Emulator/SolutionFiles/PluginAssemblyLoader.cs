using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// Loads the plugin assemblies that solution/PluginAssemblies/*/*.dll.data.xml register, by name, from the plugin
/// assembly folder, and checks each public key token against the registered FullName.
/// </summary>
internal sealed class PluginAssemblyLoader : IDisposable
{
    private readonly Dictionary<string, AssemblyName> _registered = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, string> _typeNamesById = new();
    private readonly Dictionary<string, Assembly> _loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PluginLoadContext> _contexts = new();
    private readonly string? _directory;

    public PluginAssemblyLoader(string solutionDirectory, string? pluginAssemblyDirectory)
    {
        _directory = pluginAssemblyDirectory;
        var folder = Path.Combine(solutionDirectory, "PluginAssemblies");
        foreach (var file in XmlFiles.Find(folder, "*.dll.data.xml", SearchOption.AllDirectories))
        {
            var root = XmlFiles.Load(file).Root!;
            var fullName = root.Attribute("FullName")?.Value;
            if (fullName is not null)
            {
                var name = new AssemblyName(fullName);
                _registered[name.Name!] = name;
            }

            foreach (var type in XmlFiles.Descendants(root, "PluginType"))
            {
                if (Guid.TryParse(type.Attribute("PluginTypeId")?.Value, out var id) && type.Attribute("AssemblyQualifiedName") is { } name)
                {
                    _typeNamesById[id] = name.Value;
                }
            }
        }
    }

    /// <summary>Returns the plugin type named by a step, loading its assembly on first use.</summary>
    public Type ResolveType(StepDefinition step)
    {
        var requested = new AssemblyName(step.AssemblyName);
        var assembly = Load(requested.Name!, step.FilePath);
        return assembly.GetType(step.TypeName, throwOnError: false)
            ?? throw new EmulatorConfigurationException(
                $"Plugin type '{step.TypeName}' named in '{step.FilePath}' is not in '{assembly.Location}'. " +
                "Check the type's namespace and name, and rebuild the plugin assembly.");
    }

    /// <summary>Returns the plugin type registered with a PluginTypeId in a .dll.data.xml, as a Custom API names it.</summary>
    public Type ResolveTypeById(Guid pluginTypeId, string referencedBy)
    {
        if (!_typeNamesById.TryGetValue(pluginTypeId, out var qualifiedName))
        {
            throw new EmulatorConfigurationException(
                $"{referencedBy} names plugin type id {pluginTypeId}, which no PluginType in " +
                "solution/PluginAssemblies/*/*.dll.data.xml has. Use the PluginTypeId of the type that implements it.");
        }

        var comma = qualifiedName.IndexOf(',', StringComparison.Ordinal);
        var step = new StepDefinition(Guid.Empty, referencedBy, qualifiedName[..comma].Trim(), qualifiedName[(comma + 1)..].Trim(), _ => null!);
        return ResolveType(step);
    }

    public void Dispose()
    {
        foreach (var context in _contexts)
        {
            context.Unload();
        }
    }

    private Assembly Load(string name, string stepFile)
    {
        if (_loaded.TryGetValue(name, out var loaded))
        {
            return loaded;
        }

        if (!_registered.TryGetValue(name, out var registered))
        {
            throw new EmulatorConfigurationException(
                $"Step '{stepFile}' uses assembly '{name}', which no solution/PluginAssemblies/*/*.dll.data.xml registers. " +
                "Add the assembly's .dll.data.xml or fix the step's PluginTypeName.");
        }

        var assembly = LoadFile(registered);
        CheckToken(registered, assembly);
        _loaded[name] = assembly;
        return assembly;
    }

    private Assembly LoadFile(AssemblyName registered)
    {
        if (_directory is null)
        {
            throw new EmulatorConfigurationException(
                $"The solution registers steps of plugin assembly '{registered.Name}', but EmulatorOptions." +
                "PluginAssemblyDirectory is not set. Set it to the folder that holds the built " +
                $"'{registered.Name}.dll', or set LoadSolutionSteps to false.");
        }

        var path = Path.GetFullPath(Path.Combine(_directory, registered.Name + ".dll"));
        if (!File.Exists(path))
        {
            throw new EmulatorConfigurationException(
                $"Plugin assembly '{registered.Name}' was not found at '{path}'. Build it, or point " +
                "EmulatorOptions.PluginAssemblyDirectory at the folder that holds it.");
        }

        var context = new PluginLoadContext(registered.Name!, Path.GetDirectoryName(path)!);
        _contexts.Add(context);
        return context.LoadFromAssemblyPath(path);
    }

    private static void CheckToken(AssemblyName registered, Assembly assembly)
    {
        var expected = Hex(registered.GetPublicKeyToken());
        var actual = Hex(assembly.GetName().GetPublicKeyToken());
        if (!string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
        {
            throw new EmulatorConfigurationException(
                $"Plugin assembly '{assembly.Location}' has public key token '{Display(actual)}', but the solution " +
                $"registers '{registered.FullName}' with token '{Display(expected)}'. Sign the assembly with the " +
                "registered key, or update FullName in its .dll.data.xml and in the steps.");
        }
    }

    private static string Hex(byte[]? token) =>
        token is null ? string.Empty : string.Concat(token.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    private static string Display(string token) => token.Length == 0 ? "null" : token;
}
