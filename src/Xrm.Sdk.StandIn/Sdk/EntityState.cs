namespace Microsoft.Xrm.Sdk;

/// <summary>Change state of an entity that a context or an early-bound proxy tracks.</summary>
public enum EntityState
{
    Unchanged = 0,
    Created = 1,
    Changed = 2,
}
