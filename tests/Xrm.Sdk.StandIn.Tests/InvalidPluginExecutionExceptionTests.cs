using System;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

public sealed class InvalidPluginExecutionExceptionTests
{
    private const int DefaultHResult = unchecked((int)0x80131500);
    private const int PluginErrorCode = unchecked((int)0x80040265);

    [Fact]
    public void DefaultConstructor_HasFailedAndNotSet()
    {
        var error = new InvalidPluginExecutionException();

        Assert.Equal(OperationStatus.Failed, error.Status);
        Assert.Equal(PluginHttpStatusCode.NotSet, error.HttpStatus);
        Assert.Equal(error.HResult, error.ErrorCode);
    }

    [Fact]
    public void MessageConstructor_KeepsMessage()
    {
        var error = new InvalidPluginExecutionException("Scheduled end is before start.");

        Assert.Equal("Scheduled end is before start.", error.Message);
        Assert.Equal(OperationStatus.Failed, error.Status);
    }

    [Fact]
    public void StatusConstructors_SetStatus()
    {
        Assert.Equal(OperationStatus.Retry, new InvalidPluginExecutionException(OperationStatus.Retry).Status);

        var error = new InvalidPluginExecutionException(OperationStatus.Canceled, "Cancelled.");
        Assert.Equal(OperationStatus.Canceled, error.Status);
        Assert.Equal("Cancelled.", error.Message);
    }

    [Fact]
    public void ErrorCodeConstructor_SetsHResult()
    {
        var error = new InvalidPluginExecutionException(OperationStatus.Failed, PluginErrorCode, "Failed.");

        Assert.Equal(PluginErrorCode, error.ErrorCode);
        Assert.Equal(PluginErrorCode, error.HResult);
    }

    [Fact]
    public void ErrorCodeZero_KeepsDefaultHResult()
    {
        var error = new InvalidPluginExecutionException(OperationStatus.Failed, 0, "Failed.");

        Assert.Equal(DefaultHResult, error.ErrorCode);
    }

    [Fact]
    public void HttpStatusConstructors_SetHttpStatus()
    {
        var withStatus = new InvalidPluginExecutionException("Not found.", PluginHttpStatusCode.NotFound);
        var full = new InvalidPluginExecutionException(
            OperationStatus.Failed, PluginErrorCode, "Conflict.", PluginHttpStatusCode.Conflict);

        Assert.Equal(PluginHttpStatusCode.NotFound, withStatus.HttpStatus);
        Assert.Equal(PluginHttpStatusCode.Conflict, full.HttpStatus);
        Assert.Equal(PluginErrorCode, full.ErrorCode);
    }

    [Fact]
    public void InnerPluginException_CopiesHttpStatus()
    {
        var inner = new InvalidPluginExecutionException("Gone.", PluginHttpStatusCode.Gone);

        var outer = new InvalidPluginExecutionException("Wrapped.", inner);

        Assert.Same(inner, outer.InnerException);
        Assert.Equal(PluginHttpStatusCode.Gone, outer.HttpStatus);
    }

    [Fact]
    public void InnerOtherException_KeepsNotSet()
    {
        var outer = new InvalidPluginExecutionException("Wrapped.", new InvalidOperationException("inner"));

        Assert.Equal(PluginHttpStatusCode.NotSet, outer.HttpStatus);
    }

    [Fact]
    public void Type_IsSerializable()
    {
        Assert.True(typeof(InvalidPluginExecutionException).IsDefined(typeof(SerializableAttribute), false));
    }
}
