namespace Cor.Packer.Packing;

/// <summary>
/// Kind of solution package, written to the <c>Managed</c> element of <c>solution.xml</c>. A managed pack also reads
/// the <c>_managed.xml</c> twin of a source file when one exists.
/// </summary>
/// <remarks>
/// NOTE: a managed pack changes nothing else. Properties that Dataverse sets on export of a managed solution are not
/// derived here, and no packed managed zip has been test-imported. Microsoft documents import-then-export as the way
/// to get a managed solution.
/// </remarks>
public enum PackageKind
{
    Unmanaged = 0,
    Managed = 1,
}
