using System;
using System.Collections.Generic;
using Cor.Emulator.Messages;
using Cor.Emulator.Messages.Handlers;
using Cor.Emulator.Metadata;
using Cor.Emulator.Pipeline;
using Cor.Emulator.Querying;
using Cor.Emulator.Security;
using Cor.Emulator.SolutionFiles;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator;

/// <summary>
/// A local Dataverse: tables and plugin steps read from an unpacked solution, data in SQLite, and an
/// IOrganizationService that runs the event pipeline with the registered plugins.
/// </summary>
public sealed class DataverseEmulator : IDisposable
{
    private static readonly Guid DefaultOrganizationId = new("0b6d9c0e-2f4b-4a54-8f43-2f1f5a0e7c01");
    private static readonly Guid DefaultBusinessUnitId = new("0b6d9c0e-2f4b-4a54-8f43-2f1f5a0e7c02");
    private static readonly Guid DefaultSystemUserId = new("0b6d9c0e-2f4b-4a54-8f43-2f1f5a0e7c03");

    private readonly SqliteStore _store;
    private readonly PluginAssemblyLoader? _assemblies;
    private readonly StepRegistry _steps = new();
    private readonly ExecutionLog _log = new();
    private readonly ServiceCallCounter _counter = new();
    private readonly EmulatorIdentity _identity;
    private readonly UserDirectory _users;
    private readonly RequestDispatcher _dispatcher;
    private readonly EnvironmentVariables _environmentVariables;

    private DataverseEmulator(EmulatorOptions options, MetadataCatalog catalog, SqliteStore store)
    {
        Options = options;
        Metadata = catalog;
        _store = store;
        _identity = new EmulatorIdentity(DefaultOrganizationId, options.OrganizationName, DefaultBusinessUnitId, DefaultSystemUserId);
        var records = new RecordStore(store, catalog);
        _users = new UserDirectory(store, DefaultBusinessUnitId);
        var clock = options.TimeProvider;
        SystemRecords.Ensure(records, DefaultBusinessUnitId, DefaultSystemUserId, options.CallerId, clock.GetUtcNow().UtcDateTime);
        var core = new CoreOperations(records, new PlatformColumns(_users), clock, new AssignPolicy(_users, DefaultSystemUserId));
        var invoker = new PluginInvoker(_log, CreatePluginService);
        var contexts = new ContextBuilder(_identity, _users.BusinessUnitOfUser);
        var pipeline = new PipelineRunner(_steps, contexts, invoker, store, clock,
            record => core.ReadFull(record.TableName, record.Id, QueryContextFor(Guid.Empty)));
        var handlers = CreateHandlers(core, records);
        _dispatcher = new RequestDispatcher(handlers, pipeline, _users.BusinessUnitOfUser);
        if (options.SolutionDirectory is not null && options.LoadSolutionSteps)
        {
            _assemblies = new PluginAssemblyLoader(options.SolutionDirectory, options.PluginAssemblyDirectory);
            LoadSolutionPlugins(options.SolutionDirectory, core, handlers);
        }

        Service = CreateService(options.CallerId);
        _environmentVariables = new EnvironmentVariables(records, CreateService(null));
        if (options.SolutionDirectory is not null)
        {
            _environmentVariables.Import(options.SolutionDirectory, DefaultSystemUserId, DefaultBusinessUnitId, clock.GetUtcNow().UtcDateTime);
        }
    }

    public EmulatorOptions Options { get; }

    /// <summary>Tables and columns known to this emulator.</summary>
    public MetadataCatalog Metadata { get; }

    /// <summary>Service that calls as <see cref="CallerId"/>.</summary>
    public IOrganizationService Service { get; }

    /// <summary>Id of the systemuser that <see cref="Service"/> calls as.</summary>
    public Guid CallerId => Options.CallerId;

    /// <summary>Id of the SYSTEM user, which a service created with a null user id calls as.</summary>
    public Guid SystemUserId => _identity.SystemUserId;

    /// <summary>Id of the root business unit, which the default users belong to.</summary>
    public Guid RootBusinessUnitId => _identity.RootBusinessUnitId;

    public Guid OrganizationId => _identity.OrganizationId;

    /// <summary>Plugin runs so far, one entry per run, in the order they finished.</summary>
    public IReadOnlyList<PluginExecution> Executions => _log.Snapshot();

    /// <summary>Service calls counted per top-level operation, in the order the operations started.</summary>
    public IReadOnlyList<ServiceCallCount> ServiceCalls => _counter.Operations;

    /// <summary>
    /// Starts an emulator: reads the solution's metadata and steps, opens the database and loads the plugin assemblies.
    /// </summary>
    /// <exception cref="EmulatorConfigurationException">An option is invalid, or a solution file or plugin assembly cannot be used.</exception>
    public static DataverseEmulator Start(EmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new EmulatorConfigurationException("Invalid emulator options: " + string.Join(" ", problems));
        }

        var catalog = SolutionMetadataLoader.Load(options.SolutionDirectory);
        var store = new SqliteStore(options.DatabasePath);
        try
        {
            store.EnsureSchema(catalog);
            return new DataverseEmulator(options, catalog, store);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Creates a service that calls as the given systemuser, or as SYSTEM when userId is null.</summary>
    public IOrganizationService CreateService(Guid? userId)
    {
        var user = userId ?? SystemUserId;
        return new EmulatorOrganizationService(_dispatcher, _counter, new ServiceCaller(user, user, Parent: null), Metadata);
    }

    /// <summary>Registers a plugin step in code, in addition to the steps read from the solution.</summary>
    public void RegisterStep(PluginStepRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        _steps.Add(registration);
    }

    /// <summary>
    /// Sets the current value of an environment variable by writing its environmentvariablevalue row, as an admin
    /// does in the target environment. A null value deletes the row, so the definition's default applies.
    /// </summary>
    /// <exception cref="EmulatorConfigurationException">No definition has the schema name.</exception>
    public void SetEnvironmentVariable(string schemaName, string? value)
    {
        ArgumentNullException.ThrowIfNull(schemaName);
        _environmentVariables.SetValue(schemaName, value);
    }

    /// <summary>Empties <see cref="Executions"/> and <see cref="ServiceCalls"/>, for example after arranging test data.</summary>
    public void ClearLogs()
    {
        _log.Clear();
        _counter.Clear();
    }

    public void Dispose()
    {
        _store.Dispose();
        _assemblies?.Dispose();
    }

    private IOrganizationService CreatePluginService(Guid? userId, PluginContext context)
    {
        var user = userId ?? SystemUserId;
        return new EmulatorOrganizationService(_dispatcher, _counter, new ServiceCaller(user, context.InitiatingUserId, context), Metadata);
    }

    /// <summary>Registers the solution's steps and Custom APIs, unloading the plugin assemblies if one fails.</summary>
    private void LoadSolutionPlugins(string solutionDirectory, CoreOperations core, List<IMessageHandler> handlers)
    {
        try
        {
            foreach (var step in StepXmlReader.ReadAll(solutionDirectory))
            {
                _steps.Add(step.Register(_assemblies!.ResolveType(step)), step.StepId);
            }

            handlers.AddRange(CreateCustomApiHandlers(solutionDirectory, core));
        }
        catch
        {
            _assemblies!.Dispose();
            throw;
        }
    }

    private IEnumerable<IMessageHandler> CreateCustomApiHandlers(string solutionDirectory, CoreOperations core)
    {
        foreach (var api in CustomApiReader.ReadAll(solutionDirectory))
        {
            PluginStep? main = null;
            if (api.PluginTypeId is Guid typeId)
            {
                var type = _assemblies!.ResolveTypeById(typeId, $"Custom API '{api.UniqueName}'");
                var registration = new PluginStepRegistration
                {
                    PluginType = type,
                    MessageName = api.UniqueName,
                    PrimaryEntityName = api.BoundEntityName,
                    Stage = PipelineStage.MainOperation,
                    Name = $"{type.FullName}: {api.UniqueName} (Custom API main operation)",
                };
                main = new PluginStep(registration, order: 0, typeId);
            }

            yield return new CustomApiHandler(api, main, core);
        }
    }

    private QueryContext QueryContextFor(Guid userId) =>
        new(userId, _users.BusinessUnitOfUser(userId), Options.TimeProvider.GetUtcNow().UtcDateTime);

    private List<IMessageHandler> CreateHandlers(CoreOperations core, RecordStore records)
    {
        Func<OperationUser, QueryContext> queryContext =
            user => new QueryContext(user.UserId, user.BusinessUnitId, Options.TimeProvider.GetUtcNow().UtcDateTime);
        var early = Options.PlatformColumnsInPreOperationTarget;
        var create = new CreateHandler(core, early);
        var update = new UpdateHandler(core, early);
        return new List<IMessageHandler>
        {
            create,
            update,
            new UpsertHandler(create, update, records),
            new LegacyUpdateHandler(update),
            new WhoAmIHandler(_identity.OrganizationId),
            new DeleteHandler(core),
            new RetrieveHandler(core, queryContext),
            new RetrieveMultipleHandler(core, queryContext),
            new CreateMultipleHandler(core, early),
            new UpdateMultipleHandler(core),
        };
    }
}
