namespace Cor.Packer.Packing;

/// <summary>Kind of solution package, written to the <c>Managed</c> element of <c>solution.xml</c>.</summary>
public enum PackageKind
{
    Unmanaged = 0,
    Managed = 1,
}
