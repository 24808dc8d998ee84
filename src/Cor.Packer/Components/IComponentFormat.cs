using Cor.Packer.Packing;

namespace Cor.Packer.Components;

/// <summary>
/// Maps one kind of solution component between its source files and its place in the zip: a container of
/// customizations.xml, binary parts, or both.
/// </summary>
internal interface IComponentFormat
{
    /// <summary>Containers of customizations.xml that this format fills. Unpack empties them in the skeleton.</summary>
    string[] Containers { get; }

    void Pack(PackContext context);

    void Unpack(UnpackContext context);
}
