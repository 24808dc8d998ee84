using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Creates organization services that run as a given user.</summary>
public interface IOrganizationServiceFactory
{
    /// <summary>Creates a service that runs as the user, or as the SYSTEM user when the id is null.</summary>
    IOrganizationService CreateOrganizationService(Guid? userId);
}
