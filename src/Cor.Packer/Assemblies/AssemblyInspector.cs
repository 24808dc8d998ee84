using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace Cor.Packer.Assemblies;

/// <summary>
/// Reads a plugin assembly with System.Reflection.Metadata: identity, strong name, target framework, types and the
/// calls in each method body. The assembly is never loaded for execution.
/// </summary>
public static class AssemblyInspector
{
    public const string PluginInterface = "Microsoft.Xrm.Sdk.IPlugin";

    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static AssemblyFacts Inspect(string path)
    {
        using var stream = File.OpenRead(path);
        using var peReader = new PEReader(stream);
        if (!peReader.HasMetadata)
        {
            throw new BadImageFormatException($"{path} has no .NET metadata.");
        }

        var reader = peReader.GetMetadataReader();
        var assembly = reader.GetAssemblyDefinition();
        var publicKey = reader.GetBlobBytes(assembly.PublicKey);
        var culture = reader.GetString(assembly.Culture);
        var signed = publicKey.Length > 0
            && (peReader.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0;
        return new AssemblyFacts(
            reader.GetString(assembly.Name),
            assembly.Version.ToString(),
            culture.Length == 0 ? "neutral" : culture,
            publicKey.Length == 0 ? "null" : PublicKeyToken(publicKey),
            signed,
            ReadTargetFramework(reader),
            stream.Length,
            ReadTypes(reader),
            ReadCallSites(peReader, reader));
    }

    /// <summary>
    /// Returns the public key token: the last 8 bytes of the key's SHA-1 hash, reversed, in lower-case hex.
    /// </summary>
    public static string PublicKeyToken(byte[] publicKey)
    {
        var hash = SHA1.HashData(publicKey);
        var token = hash[^8..];
        Array.Reverse(token);
        return Convert.ToHexStringLower(token);
    }

    private static string ReadTargetFramework(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            var (type, _, _) = MetadataNames.MemberOf(reader, attribute.Constructor);
            if (type == "System.Runtime.Versioning.TargetFrameworkAttribute")
            {
                var value = reader.GetBlobReader(attribute.Value);
                value.ReadUInt16();
                return value.ReadSerializedString() ?? string.Empty;
            }
        }

        return string.Empty;
    }

    private static Dictionary<string, TypeFacts> ReadTypes(MetadataReader reader)
    {
        var types = new Dictionary<string, TypeFacts>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var definition = reader.GetTypeDefinition(handle);
            var attributes = definition.Attributes;
            var visibility = attributes & TypeAttributes.VisibilityMask;
            var name = MetadataNames.DefinitionName(reader, handle);
            types[name] = new TypeFacts(
                name,
                visibility is TypeAttributes.Public or TypeAttributes.NestedPublic,
                (attributes & TypeAttributes.Abstract) != 0,
                (attributes & TypeAttributes.Interface) == 0,
                ImplementsPlugin(reader, handle, depth: 0));
        }

        return types;
    }

    /// <summary>
    /// Returns whether the type or one of its base types defined in this assembly lists IPlugin among its interfaces.
    /// A base type from another assembly cannot be followed, so a plugin whose base class lives elsewhere reads false.
    /// </summary>
    private static bool ImplementsPlugin(MetadataReader reader, TypeDefinitionHandle handle, int depth)
    {
        var definition = reader.GetTypeDefinition(handle);
        var direct = definition.GetInterfaceImplementations()
            .Select(implementation => reader.GetInterfaceImplementation(implementation).Interface)
            .Any(type => MetadataNames.TypeName(reader, type) == PluginInterface);
        if (direct || depth > 32 || definition.BaseType.IsNil || definition.BaseType.Kind != HandleKind.TypeDefinition)
        {
            return direct;
        }

        return ImplementsPlugin(reader, (TypeDefinitionHandle)definition.BaseType, depth + 1);
    }

    private static List<CallSite> ReadCallSites(PEReader peReader, MetadataReader reader)
    {
        var sites = new List<CallSite>();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var typeName = MetadataNames.DefinitionName(reader, typeHandle);
            foreach (var methodHandle in reader.GetTypeDefinition(typeHandle).GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var body = peReader.GetMethodBody(method.RelativeVirtualAddress);
                var caller = typeName + "." + reader.GetString(method.Name);
                sites.AddRange(MethodBodyScanner.Scan(reader, body, caller));
            }
        }

        return sites;
    }
}
