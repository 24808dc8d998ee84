using System;
using System.Linq;
using Cor.Emulator.Tests.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class CustomApiTests : IDisposable
{
    private static readonly Guid ApiPluginTypeId = new("5a1c6a34-6d0e-4c36-9a39-0d1f7c2b9e11");
    private static readonly string TestAssembly = typeof(DoubleQuantityApiPlugin).Assembly.GetName().FullName;

    private readonly SolutionFolder _solution = new();

    public CustomApiTests()
    {
        _solution.WriteAssembly(TestAssembly, (typeof(DoubleQuantityApiPlugin), ApiPluginTypeId));
        _solution.Write("customapis/test_DoubleQuantity/customapi.xml", $"""
            <customapi uniquename="test_DoubleQuantity">
              <bindingtype>1</bindingtype>
              <boundentitylogicalname>test_widget</boundentitylogicalname>
              <plugintypeid><plugintypeexportkey>{ApiPluginTypeId}</plugintypeexportkey></plugintypeid>
            </customapi>
            """);
        _solution.Write("customapis/test_DoubleQuantity/customapirequestparameters/Factor/customapirequestparameter.xml",
            "<customapirequestparameter uniquename=\"Factor\"><isoptional>0</isoptional><type>7</type></customapirequestparameter>");
        _solution.Write("customapis/test_DoubleQuantity/customapiresponseproperties/NewQuantity/customapiresponseproperty.xml",
            "<customapiresponseproperty uniquename=\"NewQuantity\"><type>7</type></customapiresponseproperty>");
    }

    public void Dispose() => _solution.Dispose();

    [Fact]
    public void Api_RunsMainOperationAndReturnsOutput()
    {
        using var emulator = Start();
        var id = emulator.Service.CreateWidget("Widget", quantity: 4);

        var response = emulator.Service.Execute(Request(id, 3));

        Assert.Equal("test_DoubleQuantity", response.ResponseName);
        Assert.Equal(12, response.Results["NewQuantity"]);
        Assert.Equal(12, emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_quantity"))["test_quantity"]);
        Assert.Contains(emulator.Executions, e => e.Stage == 30 && e.TraceText == "stage=30\n");
    }

    [Fact]
    public void Api_RunsOtherStepsAroundMainOperation()
    {
        using var emulator = Start();
        emulator.RegisterStep(TestEmulator.Step<TraceContextPlugin>("test_DoubleQuantity", PipelineStage.PreValidation));
        emulator.RegisterStep(TestEmulator.Step<TraceContextPlugin>("test_DoubleQuantity", PipelineStage.PostOperation));
        var id = emulator.Service.CreateWidget("Widget", quantity: 1);
        emulator.ClearLogs();

        emulator.Service.Execute(Request(id, 2));

        var apiStages = emulator.Executions.Where(e => e.MessageName == "test_DoubleQuantity").Select(e => e.Stage);
        Assert.Equal(new[] { 10, 30, 40 }, apiStages);
    }

    [Fact]
    public void Api_MissingRequiredParameterIsNamed()
    {
        using var emulator = Start();
        var id = emulator.Service.CreateWidget("Widget", quantity: 1);
        var request = new OrganizationRequest("test_DoubleQuantity") { ["Target"] = new EntityReference("test_widget", id) };

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Execute(request));

        Assert.Equal("test_DoubleQuantity request parameter 'Factor' must be an Int32, but it is missing.", error.Message);
    }

    [Fact]
    public void Api_WrongParameterTypeIsNamed()
    {
        using var emulator = Start();
        var id = emulator.Service.CreateWidget("Widget", quantity: 1);
        var request = Request(id, 2);
        request["Factor"] = "2";

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Execute(request));

        Assert.Equal("test_DoubleQuantity request parameter 'Factor' must be an Int32, but it is a String.", error.Message);
    }

    [Fact]
    public void Api_MissingTargetIsNamed()
    {
        using var emulator = Start();
        var request = new OrganizationRequest("test_DoubleQuantity") { ["Factor"] = 2 };

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Execute(request));

        Assert.Equal("test_DoubleQuantity request parameter 'Target' must be an EntityReference, but it is missing.", error.Message);
        Assert.Empty(emulator.Executions);
    }

    [Fact]
    public void Api_UnknownParameterIsNamed()
    {
        using var emulator = Start();
        var id = emulator.Service.CreateWidget("Widget", quantity: 1);
        var request = Request(id, 2);
        request["Divisor"] = 2;

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Execute(request));

        Assert.Equal("'Divisor' is not a request parameter of test_DoubleQuantity. Its parameters are: Factor.", error.Message);
    }

    [Fact]
    public void Api_MissingBoundRecordFailsBeforeSteps()
    {
        using var emulator = Start();
        emulator.RegisterStep(TestEmulator.Step<TraceContextPlugin>("test_DoubleQuantity", PipelineStage.PreValidation));
        var id = Guid.NewGuid();

        var error = Assert.Throws<DataverseFaultException>(() => emulator.Service.Execute(Request(id, 2)));

        Assert.Equal($"test_widget With Id = {id} Does Not Exist", error.Message);
        Assert.Equal(DataverseFaultException.ObjectDoesNotExist, error.ErrorCode);
        Assert.Empty(emulator.Executions);
    }

    [Fact]
    public void Api_FailureRollsBackMainOperation()
    {
        using var emulator = Start();
        emulator.RegisterStep(TestEmulator.Step<ThrowingPlugin>("test_DoubleQuantity", PipelineStage.PostOperation));
        var id = emulator.Service.CreateWidget("Widget", quantity: 5);

        Assert.Throws<InvalidPluginExecutionException>(() => emulator.Service.Execute(Request(id, 2)));

        Assert.Equal(5, emulator.Service.Retrieve("test_widget", id, new ColumnSet("test_quantity"))["test_quantity"]);
    }

    private static OrganizationRequest Request(Guid id, int factor) => new("test_DoubleQuantity")
    {
        ["Target"] = new EntityReference("test_widget", id),
        ["Factor"] = factor,
    };

    private DataverseEmulator Start() => DataverseEmulator.Start(new EmulatorOptions
    {
        SolutionDirectory = _solution.Path,
        PluginAssemblyDirectory = AppContext.BaseDirectory,
    });
}
