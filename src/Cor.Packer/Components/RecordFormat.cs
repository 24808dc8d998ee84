using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Components;

/// <summary>
/// A component stored as one source file whose root element is the component itself, such as a step, a role, a
/// global choice or an app module.
/// </summary>
internal sealed class RecordFormat : IComponentFormat
{
    private readonly string _container;
    private readonly string _componentName;
    private readonly string _sourceFolder;
    private readonly string _filePattern;
    private readonly Func<XElement, string> _key;
    private readonly Func<XElement, string> _unpackPath;

    public RecordFormat(
        string container,
        string componentName,
        string sourceFolder,
        string filePattern,
        Func<XElement, string> key,
        Func<XElement, string> unpackPath)
    {
        _container = container;
        _componentName = componentName;
        _sourceFolder = sourceFolder;
        _filePattern = filePattern;
        _key = key;
        _unpackPath = unpackPath;
    }

    public string[] Containers => [_container];

    public void Pack(PackContext context)
    {
        var components = context.FindFiles(_sourceFolder, _filePattern, SearchOption.AllDirectories)
            .Select(path => LoadComponent(context, path))
            .ToList();
        context.AddComponents(_container, components, _key);
    }

    public void Unpack(UnpackContext context)
    {
        foreach (var component in context.ComponentsOf(_container, _componentName))
        {
            context.WriteXml(_unpackPath(component), new XElement(component));
        }
    }

    private XElement LoadComponent(PackContext context, string relativePath)
    {
        var root = context.LoadVariant(relativePath);
        if (root.Name.LocalName != _componentName)
        {
            throw new SolutionFormatException(
                $"{relativePath}: the root element is <{root.Name.LocalName}>, expected <{_componentName}>. " +
                $"Move the file out of {_sourceFolder}/ or fix its root element.");
        }

        return new XElement(root);
    }

    /// <summary>Replaces characters that cannot appear in a file name, for names used as source file names.</summary>
    public static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return new string(name.Select(character => invalid.Contains(character) ? '_' : character).ToArray());
    }

    /// <summary>Returns the key used to order components, from an attribute or a child element.</summary>
    public static string KeyOf(XElement component, string name) =>
        component.Attribute(name)?.Value ?? component.ChildValue(name);
}
