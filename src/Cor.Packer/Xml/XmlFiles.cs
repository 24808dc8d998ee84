using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Cor.Packer.Xml;

/// <summary>
/// Reads and writes the XML parts of a solution in one canonical form, so equal content gives equal bytes.
/// </summary>
public static class XmlFiles
{
    private static readonly XmlWriterSettings CanonicalSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\r\n",
        NewLineHandling = NewLineHandling.Replace,
        OmitXmlDeclaration = false,
    };

    /// <summary>Loads an XML file, dropping whitespace between elements so that re-serializing is canonical.</summary>
    /// <exception cref="SolutionFormatException">The file is not well-formed XML.</exception>
    public static XDocument Load(string path)
    {
        try
        {
            return XDocument.Load(path, LoadOptions.None);
        }
        catch (XmlException exception)
        {
            throw new SolutionFormatException(
                $"{path}: the file is not well-formed XML ({exception.Message.TrimEnd('.')}).",
                "Fix the markup at that line.",
                exception);
        }
    }

    /// <summary>Parses XML bytes, for example a part read from a zip.</summary>
    /// <exception cref="SolutionFormatException">The bytes are not well-formed XML.</exception>
    public static XDocument Parse(byte[] content, string displayName)
    {
        try
        {
            using var stream = new MemoryStream(content);
            return XDocument.Load(stream, LoadOptions.None);
        }
        catch (XmlException exception)
        {
            throw new SolutionFormatException(
                $"{displayName}: the part is not well-formed XML ({exception.Message.TrimEnd('.')}).",
                "Fix the markup at that line.",
                exception);
        }
    }

    /// <summary>Serializes an element as a UTF-8 document with a BOM, two-space indent and CRLF line ends.</summary>
    public static byte[] Serialize(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, CanonicalSettings))
        {
            new XDocument(root).Save(writer);
        }

        return stream.ToArray();
    }
}
