namespace Cor.Plugins.Framework;

/// <summary>
/// Names of the Dataverse messages that the COR plugins are registered on.
/// </summary>
public static class MessageNames
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
}
