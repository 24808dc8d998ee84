namespace Cor.Packer.Packing;

/// <summary>One file of a solution zip: its entry name (forward slashes, no leading slash) and its bytes.</summary>
public sealed record PackageEntry(string Name, byte[] Content);
