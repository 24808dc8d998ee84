namespace Microsoft.Xrm.Sdk;

/// <summary>XML namespaces of the data contracts, by SDK release that introduced the type.</summary>
internal static class ContractNamespace
{
    public const string V2011 = "http://schemas.microsoft.com/xrm/2011/Contracts";
    public const string V2012 = "http://schemas.microsoft.com/xrm/2012/Contracts";
    public const string V71 = "http://schemas.microsoft.com/xrm/7.1/Contracts";
    public const string V90 = "http://schemas.microsoft.com/xrm/9.0/Contracts";
    public const string Services = "http://schemas.microsoft.com/xrm/2011/Contracts/Services";
}
