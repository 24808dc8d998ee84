namespace Microsoft.Xrm.Sdk;

/// <summary>Side of a self-referencing relationship that the primary record is on.</summary>
public enum EntityRole
{
    Referencing = 0,
    Referenced = 1,
}
