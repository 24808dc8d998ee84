using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// CLR types of the Custom API parameter type values (customapirequestparameter.type).
/// </summary>
internal static class CustomApiTypes
{
    public static Type ClrType(int type) => type switch
    {
        0 => typeof(bool),
        1 => typeof(DateTime),
        2 => typeof(decimal),
        3 => typeof(Entity),
        4 => typeof(EntityCollection),
        5 => typeof(EntityReference),
        6 => typeof(double),
        7 => typeof(int),
        8 => typeof(Money),
        9 => typeof(OptionSetValue),
        10 => typeof(string),
        11 => typeof(string[]),
        12 => typeof(Guid),
        _ => typeof(object),
    };
}
