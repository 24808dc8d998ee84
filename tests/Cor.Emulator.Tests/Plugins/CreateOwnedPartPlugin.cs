using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Creates a test_part owned by the user whose id is the step's unsecure configuration.</summary>
public sealed class CreateOwnedPartPlugin : IPlugin
{
    private readonly Guid _ownerId;

    public CreateOwnedPartPlugin(string unsecure)
    {
        _ownerId = Guid.Parse(unsecure);
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var part = new Entity("test_part")
        {
            ["test_name"] = "owned part",
            ["ownerid"] = new EntityReference("systemuser", _ownerId),
        };
        serviceProvider.Service().Create(part);
    }
}
