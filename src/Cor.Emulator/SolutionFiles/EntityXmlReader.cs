using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Cor.Emulator.Metadata;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// Reads a table's metadata from an unpacked solution's Entities/&lt;SchemaName&gt;/Entity.xml.
/// </summary>
internal static class EntityXmlReader
{
    public static TableMetadata Read(string path)
    {
        var document = XmlFiles.Load(path);
        var entity = XmlFiles.Descendants(document, "entity").FirstOrDefault()
            ?? throw new EmulatorConfigurationException(
                $"Solution file '{path}' has no <EntityInfo><entity> element. Export the table again.");
        var logicalName = (entity.Attribute("Name")?.Value ?? string.Empty).ToLowerInvariant();
        var attributes = XmlFiles.Descendants(entity, "attribute").ToList();
        var table = new TableMetadata(logicalName, FindPrimaryKey(attributes, logicalName), ReadOwnership(entity, attributes));
        foreach (var attribute in attributes)
        {
            AddAttribute(table, attribute, path);
        }

        return table;
    }

    private static TableOwnership ReadOwnership(XElement entity, IReadOnlyList<XElement> attributes)
    {
        var mask = XmlFiles.ChildText(entity, "OwnershipTypeMask");
        if (mask is not null)
        {
            return mask.Contains("UserOwned", StringComparison.OrdinalIgnoreCase) || mask.Contains("TeamOwned", StringComparison.OrdinalIgnoreCase)
                ? TableOwnership.UserOwned
                : TableOwnership.OrganizationOwned;
        }

        return attributes.Any(a => TypeOf(a) == "owner") ? TableOwnership.UserOwned : TableOwnership.OrganizationOwned;
    }

    private static string FindPrimaryKey(IReadOnlyList<XElement> attributes, string tableName)
    {
        var key = attributes.FirstOrDefault(a => TypeOf(a) == "primarykey");
        return key is null ? tableName + "id" : LogicalNameOf(key);
    }

    private static void AddAttribute(TableMetadata table, XElement attribute, string path)
    {
        var name = LogicalNameOf(attribute);
        var type = TypeOf(attribute);
        var columnType = MapType(type, name, path);
        if (columnType is null)
        {
            return;
        }

        var column = new ColumnMetadata(name, columnType.Value, TargetsOf(columnType.Value))
        {
            MaxLength = IntChild(attribute, "MaxLength"),
            MinValue = IsNumber(columnType.Value) ? DecimalChild(attribute, "MinValue", path) : null,
            MaxValue = IsNumber(columnType.Value) ? DecimalChild(attribute, "MaxValue", path) : null,
            DefaultBoolean = columnType == ColumnType.Boolean ? BoolDefault(attribute) : null,
            OptionSetName = XmlFiles.ChildText(attribute, "OptionSetName")?.ToLowerInvariant(),
            IsDateOnly = columnType == ColumnType.DateTime && XmlFiles.ChildText(attribute, "Behavior") == "2",
            AllowedValues = columnType is ColumnType.Picklist or ColumnType.State or ColumnType.Status
                ? OptionValues(attribute)
                : null,
        };
        table.AddColumn(column);
        ReadStateModel(table, attribute, columnType.Value);
        if ((XmlFiles.ChildText(attribute, "DisplayMask") ?? string.Empty).Contains("PrimaryName", StringComparison.Ordinal))
        {
            table.PrimaryNameAttribute = name;
        }
    }

    /// <summary>Returns the values of a local choice, state or status option set, or null when it lists none.</summary>
    private static IReadOnlyCollection<int>? OptionValues(XElement attribute)
    {
        var values = XmlFiles.Descendants(attribute, "option")
            .Concat(XmlFiles.Descendants(attribute, "state"))
            .Concat(XmlFiles.Descendants(attribute, "status"))
            .Select(o => IntAttribute(o, "value"))
            .OfType<int>()
            .ToHashSet();
        return values.Count == 0 ? null : values;
    }

    private static IReadOnlyList<string>? TargetsOf(ColumnType type) => type switch
    {
        ColumnType.Owner => TableBuilder.OwnerTargets,
        ColumnType.Customer => new[] { "account", "contact" },
        _ => null,
    };

    private static void ReadStateModel(TableMetadata table, XElement attribute, ColumnType type)
    {
        if (type == ColumnType.State)
        {
            foreach (var state in XmlFiles.Descendants(attribute, "state"))
            {
                var value = IntAttribute(state, "value");
                var status = IntAttribute(state, "defaultstatus");
                if (value is not null && status is not null)
                {
                    table.SetDefaultStatus(value.Value, status.Value);
                }
            }
        }
        else if (type == ColumnType.Status)
        {
            foreach (var status in XmlFiles.Descendants(attribute, "status"))
            {
                var value = IntAttribute(status, "value");
                var state = IntAttribute(status, "state");
                if (value is not null && state is not null)
                {
                    table.SetStatusState(value.Value, state.Value);
                }
            }
        }
    }

    /// <summary>
    /// Maps an Entity.xml attribute type to a column type; virtual and other types without stored values map to null.
    /// </summary>
    private static ColumnType? MapType(string type, string name, string path) => type switch
    {
        "nvarchar" or "varchar" or "nchar" or "char" => ColumnType.String,
        "ntext" or "text" or "memo" => ColumnType.Memo,
        "int" or "integer" or "smallint" or "tinyint" => ColumnType.Integer,
        "bigint" => ColumnType.BigInt,
        "decimal" or "numeric" => ColumnType.Decimal,
        "float" or "real" or "double" => ColumnType.Double,
        "money" or "smallmoney" => ColumnType.Money,
        "datetime" or "smalldatetime" => ColumnType.DateTime,
        "bit" or "boolean" => ColumnType.Boolean,
        "picklist" => ColumnType.Picklist,
        "state" => ColumnType.State,
        "status" => ColumnType.Status,
        "lookup" => ColumnType.Lookup,
        "owner" => ColumnType.Owner,
        "customer" => ColumnType.Customer,
        "primarykey" => ColumnType.PrimaryKey,
        "uniqueidentifier" => ColumnType.UniqueIdentifier,
        "virtual" or "timestamp" or "image" or "partylist" or "multiselectpicklist" or "managedproperty" => null,
        _ => throw new EmulatorConfigurationException(
            $"Column '{name}' in '{path}' has type '{type}', which the emulator does not store. " +
            "Use one of nvarchar, ntext, int, bigint, decimal, float, money, datetime, bit, picklist, state, status, " +
            "lookup, owner, customer, primarykey or uniqueidentifier."),
    };

    private static string LogicalNameOf(XElement attribute) =>
        (XmlFiles.ChildText(attribute, "LogicalName") ?? XmlFiles.ChildText(attribute, "Name")
            ?? attribute.Attribute("PhysicalName")?.Value ?? string.Empty).ToLowerInvariant();

    private static string TypeOf(XElement attribute) =>
        (XmlFiles.ChildText(attribute, "Type") ?? string.Empty).ToLowerInvariant();

    private static bool? BoolDefault(XElement attribute)
    {
        var text = XmlFiles.ChildText(attribute, "AppDefaultValue");
        return text is null ? null : text == "1";
    }

    private static int? IntChild(XElement element, string name) =>
        int.TryParse(XmlFiles.ChildText(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static bool IsNumber(ColumnType type) =>
        type is ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money;

    /// <summary>
    /// Reads a numeric limit such as MinValue. Returns null when it is missing or beyond the range of
    /// <see cref="decimal"/>. NOTE: a floating point column with such a limit accepts every value on that side.
    /// </summary>
    private static decimal? DecimalChild(XElement element, string name, string path)
    {
        var text = XmlFiles.ChildText(element, name);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        throw new EmulatorConfigurationException(
            $"Column '{LogicalNameOf(element)}' in '{path}' has {name} '{text}', which is not a number. " +
            $"Write the {name} as a number such as 0 or -100000000000.");
    }

    private static int? IntAttribute(XElement element, string name) =>
        int.TryParse(element.Attribute(name)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
