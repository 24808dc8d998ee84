using System;

namespace Cor.Emulator;

/// <summary>
/// An error that Dataverse itself raises, worded as Dataverse words it, such as a record that does not exist. Real
/// SDK callers receive these as <c>FaultException&lt;OrganizationServiceFault&gt;</c>, which the emulator does not
/// reproduce; the message and <see cref="ErrorCode"/> carry the same facts.
/// </summary>
public sealed class DataverseFaultException : Exception
{
    /// <summary>ErrorCode of a request on a record that does not exist (0x80040217).</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>ErrorCode that the emulator uses for faults whose Dataverse error code it does not reproduce.</summary>
    public const int Unspecified = 0;

    public DataverseFaultException(int errorCode, string message)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>Dataverse error code, or <see cref="Unspecified"/>.</summary>
    public int ErrorCode { get; }

    internal static DataverseFaultException RecordNotFound(string table, Guid id) =>
        new(ObjectDoesNotExist, $"{table} With Id = {id} Does Not Exist");
}
