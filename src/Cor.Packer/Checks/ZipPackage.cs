using System.Collections.Generic;

namespace Cor.Packer.Checks;

/// <summary>A solution zip under check: its path and its entries as read.</summary>
internal sealed record ZipPackage(string Path, IReadOnlyDictionary<string, byte[]> Entries);
