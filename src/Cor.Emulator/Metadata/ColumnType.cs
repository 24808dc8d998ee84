namespace Cor.Emulator.Metadata;

/// <summary>
/// Column types the emulator stores, named after the Dataverse attribute types that map to them.
/// </summary>
public enum ColumnType
{
    /// <summary>Single line of text (<c>nvarchar</c>), read and written as <see cref="string"/>.</summary>
    String,

    /// <summary>Multiple lines of text (<c>ntext</c>), read and written as <see cref="string"/>.</summary>
    Memo,

    /// <summary>Whole number (<c>int</c>), read and written as <see cref="int"/>.</summary>
    Integer,

    /// <summary>Big integer (<c>bigint</c>), read and written as <see cref="long"/>.</summary>
    BigInt,

    /// <summary>Decimal number (<c>decimal</c>), read and written as <see cref="decimal"/>.</summary>
    Decimal,

    /// <summary>Floating point number (<c>float</c>), read and written as <see cref="double"/>.</summary>
    Double,

    /// <summary>Currency (<c>money</c>), read and written as <c>Money</c>.</summary>
    Money,

    /// <summary>Date and time (<c>datetime</c>), read and written as a UTC <see cref="System.DateTime"/>.</summary>
    DateTime,

    /// <summary>Yes/no (<c>bit</c>), read and written as <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>Choice (<c>picklist</c>), read and written as <c>OptionSetValue</c>.</summary>
    Picklist,

    /// <summary>Status (<c>state</c>, the statecode column), read and written as <c>OptionSetValue</c>.</summary>
    State,

    /// <summary>Status reason (<c>status</c>, the statuscode column), read and written as <c>OptionSetValue</c>.</summary>
    Status,

    /// <summary>Lookup (<c>lookup</c>), read and written as <c>EntityReference</c>.</summary>
    Lookup,

    /// <summary>Owner (<c>owner</c>, the ownerid column), an <c>EntityReference</c> to a systemuser or team.</summary>
    Owner,

    /// <summary>Customer (<c>customer</c>), an <c>EntityReference</c> to an account or contact.</summary>
    Customer,

    /// <summary>Primary key (<c>primarykey</c>), read and written as <see cref="System.Guid"/>.</summary>
    PrimaryKey,

    /// <summary>Unique identifier that is not the primary key, read and written as <see cref="System.Guid"/>.</summary>
    UniqueIdentifier,
}
