using System.Collections.Generic;

namespace Cor.Packer.Assemblies;

/// <summary>What the checks need to know about a plugin assembly, read from its metadata without loading it.</summary>
public sealed record AssemblyFacts(
    string Name,
    string Version,
    string Culture,
    string PublicKeyToken,
    bool IsStrongNameSigned,
    string TargetFramework,
    long FileSize,
    IReadOnlyDictionary<string, TypeFacts> Types,
    IReadOnlyList<CallSite> CallSites)
{
    /// <summary>
    /// Identity in the form Dataverse stores: <c>Name, Version=…, Culture=…, PublicKeyToken=…</c>.
    /// </summary>
    public string FullName => $"{Name}, Version={Version}, Culture={Culture}, PublicKeyToken={PublicKeyToken}";
}

/// <summary>
/// A type defined in the assembly, keyed by its full name (namespace and nested names joined by '.' and '+').
/// </summary>
public sealed record TypeFacts(string FullName, bool IsPublic, bool IsAbstract, bool IsClass, bool ImplementsIPlugin);

/// <summary>
/// One call, <c>newobj</c> or field access in a method body, with the constant loaded just before it when there is
/// one (for example the <c>true</c> of <c>new ColumnSet(true)</c>).
/// </summary>
public sealed record CallSite(
    string Caller,
    string OpCode,
    string TargetType,
    string TargetMember,
    byte[] TargetSignature,
    int? PrecedingInt32,
    string? PrecedingString);
