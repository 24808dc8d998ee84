using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Error that a plugin throws to cancel the operation. Its message reaches the user unchanged, unlike other
/// exceptions, which the platform reports as an unexpected ISV code error.
/// </summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception, ISerializable
{
    private const string StatusKey = "Status";
    private const string HttpStatusKey = "HttpStatus";

    public InvalidPluginExecutionException()
    {
    }

    public InvalidPluginExecutionException(OperationStatus status)
    {
        Status = status;
    }

    public InvalidPluginExecutionException(string message)
        : base(message)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : base(message)
    {
        Status = status;
    }

    /// <summary>Wraps an exception and copies its HttpStatus when it is an InvalidPluginExecutionException.</summary>
    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        if (exception is InvalidPluginExecutionException inner)
        {
            HttpStatus = inner.HttpStatus;
        }
    }

    /// <summary>Creates the exception with an error code, which becomes HResult unless it is 0.</summary>
    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : base(message)
    {
        Status = status;
        SetErrorCode(errorCode);
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : base(message)
    {
        HttpStatus = httpStatus;
    }

    /// <summary>Creates the exception with an HTTP status and an error code, which becomes HResult unless 0.</summary>
    public InvalidPluginExecutionException(
        OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : base(message)
    {
        Status = status;
        HttpStatus = httpStatus;
        SetErrorCode(errorCode);
    }

    // The serialization members mirror the 9.0.2.46 type, which predates the .NET 8 obsoletion of
    // formatter-based serialization.
#pragma warning disable SYSLIB0051
    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        Status = (OperationStatus)info.GetInt32(StatusKey);
        HttpStatus = (PluginHttpStatusCode)info.GetInt32(HttpStatusKey);
    }
#pragma warning restore SYSLIB0051

    /// <summary>Outcome reported to the platform, Failed unless a constructor sets it.</summary>
    public OperationStatus Status { get; private set; } = OperationStatus.Failed;

    /// <summary>Error code, which is the exception's HResult.</summary>
    public int ErrorCode => HResult;

    /// <summary>HTTP status for Web API callers, NotSet unless a constructor sets it.</summary>
    public PluginHttpStatusCode HttpStatus { get; private set; } = PluginHttpStatusCode.NotSet;

#pragma warning disable CS0672, SYSLIB0051 // Same reason as the serialization constructor.
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        if (info is null)
        {
            throw new ArgumentNullException(nameof(info));
        }

        base.GetObjectData(info, context);
        info.AddValue(StatusKey, (int)Status);
        info.AddValue(HttpStatusKey, (int)HttpStatus);
    }
#pragma warning restore CS0672, SYSLIB0051

    private void SetErrorCode(int errorCode)
    {
        if (errorCode != 0)
        {
            HResult = errorCode;
        }
    }
}
