using System.Collections.Generic;

namespace Cor.Packer.Packing;

/// <summary>Result of a pack: the zip entries in their final order and the warnings about skipped parts.</summary>
public sealed record PackResult(string Version, IReadOnlyList<PackageEntry> Entries, IReadOnlyList<string> Warnings);
