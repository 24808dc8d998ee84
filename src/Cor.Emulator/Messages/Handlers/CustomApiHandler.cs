using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Emulator.Pipeline;
using Cor.Emulator.SolutionFiles;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages.Handlers;

/// <summary>
/// Runs a Custom API: its plugin type is the main operation (stage 30), and other steps registered on its message run
/// in stages 10, 20 and 40. A bound API takes Target as an EntityReference to a record of its table.
/// </summary>
internal sealed class CustomApiHandler : IMessageHandler
{
    private readonly CustomApiDefinition _api;
    private readonly PluginStep? _mainStep;
    private readonly CoreOperations _core;

    public CustomApiHandler(CustomApiDefinition api, PluginStep? mainStep, CoreOperations core)
    {
        _api = api;
        _mainStep = mainStep;
        _core = core;
    }

    public bool CanHandle(OrganizationRequest request) =>
        string.Equals(request.RequestName, _api.UniqueName, StringComparison.OrdinalIgnoreCase);

    public MessageOperation Prepare(OrganizationRequest request, OperationUser user)
    {
        var input = new ParameterCollection();
        foreach (var parameter in request.Parameters)
        {
            input[parameter.Key] = parameter.Value;
        }

        CheckParameters(input);
        var records = new List<OperationRecord>();
        var tableName = "none";
        if (_api.IsBoundToRecord)
        {
            var target = RequestParameters.Required<EntityReference>(request, "Target");
            tableName = _core.Catalog.GetTable(_api.BoundEntityName ?? target.LogicalName).LogicalName;
            records.Add(new OperationRecord(tableName, target.Id, target: null));
        }

        var operation = new MessageOperation(_api.UniqueName, tableName, input, _ => { })
        {
            MainOperationStep = _mainStep,
            RequireRecords = _core.RequireRecords,
        };
        records.ForEach(operation.Records.Add);
        return operation;
    }

    public OrganizationResponse BuildResponse(MessageOperation operation)
    {
        var response = new OrganizationResponse { ResponseName = _api.UniqueName };
        foreach (var property in _api.ResponseProperties.Where(p => operation.Output.Contains(p.UniqueName)))
        {
            response.Results[property.UniqueName] = operation.Output[property.UniqueName];
        }

        return response;
    }

    private void CheckParameters(ParameterCollection input)
    {
        foreach (var field in _api.RequestParameters)
        {
            var present = input.TryGetValue(field.UniqueName, out var value) && value is not null;
            var expected = CustomApiTypes.ClrType(field.Type);
            var missing = !present && !field.IsOptional;
            var wrongType = present && !expected.IsInstanceOfType(value);
            if (missing || wrongType)
            {
                throw RequestParameters.InvalidParameter(_api.UniqueName, field.UniqueName, expected, value);
            }
        }

        var known = _api.RequestParameters.Select(p => p.UniqueName).Append("Target").ToHashSet(StringComparer.Ordinal);
        var unknown = input.Keys.FirstOrDefault(k => !known.Contains(k));
        if (unknown is not null)
        {
            throw new DataverseFaultException(DataverseFaultException.Unspecified,
                $"'{unknown}' is not a request parameter of {_api.UniqueName}. Its parameters are: " +
                string.Join(", ", _api.RequestParameters.Select(p => p.UniqueName)) + ".");
        }
    }
}
