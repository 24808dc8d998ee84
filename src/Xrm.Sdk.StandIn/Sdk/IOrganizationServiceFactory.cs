using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Creates organization services that run as a given user.</summary>
public interface IOrganizationServiceFactory
{
    /// <summary>Creates a service that runs as the user; null means the SYSTEM user.</summary>
    IOrganizationService CreateOrganizationService(Guid? userId);
}
