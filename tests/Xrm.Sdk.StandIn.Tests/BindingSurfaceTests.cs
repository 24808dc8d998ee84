using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Xrm.Sdk.StandIn.Tests;

/// <summary>
/// Checks the declaring types that compiled plugins bind to; a member on another type compiles here but fails with
/// MissingMethodException against the real assembly.
/// </summary>
public sealed class BindingSurfaceTests
{
    private const BindingFlags DeclaredInstance =
        BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    [Fact]
    public void KeyedIndexer_IsOnDataCollection()
    {
        var indexer = typeof(ParameterCollection).GetProperty("Item", new[] { typeof(string) });

        Assert.NotNull(indexer);
        Assert.Equal(typeof(DataCollection<string, object>), indexer.DeclaringType);
    }

    [Theory]
    [InlineData("Contains")]
    [InlineData("ContainsKey")]
    [InlineData("Remove")]
    public void KeyedMember_IsOnDataCollection(string name)
    {
        var method = typeof(ParameterCollection).GetMethod(name, new[] { typeof(string) });

        Assert.NotNull(method);
        Assert.Equal(typeof(DataCollection<string, object>), method.DeclaringType);
    }

    [Fact]
    public void TryGetValue_IsOnDataCollection()
    {
        var method = typeof(ParameterCollection).GetMethod(
            "TryGetValue", new[] { typeof(string), typeof(object).MakeByRefType() });

        Assert.NotNull(method);
        Assert.Equal(typeof(DataCollection<string, object>), method.DeclaringType);
    }

    [Fact]
    public void ParameterCollection_DeclaresOnlyItsOwnMembers()
    {
        var declared = typeof(ParameterCollection).GetMethods(DeclaredInstance).Select(m => m.Name).OrderBy(n => n);

        Assert.Equal(new[] { "AddOrUpdateIfNotNull", "TryGetValue" }, declared);
        Assert.Empty(typeof(ParameterCollection).GetProperties(DeclaredInstance));
    }

    [Fact]
    public void KeyedCollection_IsNotDictionary()
    {
        var interfaces = typeof(DataCollection<,>).GetInterfaces();

        Assert.DoesNotContain(
            interfaces, i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        Assert.DoesNotContain(typeof(IDictionary), interfaces);
        Assert.True(typeof(DataCollection<,>).IsAbstract);
    }

    [Fact]
    public void KeyedCollection_ConstructorsAreProtectedInternal()
    {
        var constructors = typeof(DataCollection<,>).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic);

        Assert.Equal(2, constructors.Length);
        Assert.All(constructors, c => Assert.True(c.IsFamilyOrAssembly, c.ToString()));
    }

    [Fact]
    public void ListCollection_DerivesFromCollection()
    {
        Assert.Equal(typeof(Collection<Entity>), typeof(DataCollection<Entity>).BaseType);

        var count = typeof(DataCollection<Entity>).GetProperty("Count");
        Assert.Equal(typeof(Collection<Entity>), count!.DeclaringType);
    }

    [Fact]
    public void ExecutionContext_DeclaresInputParameters()
    {
        var property = typeof(IExecutionContext).GetProperty("InputParameters");

        Assert.NotNull(property);
        Assert.Equal(typeof(IExecutionContext), property.DeclaringType);
        Assert.Null(typeof(IPluginExecutionContext).GetProperty("InputParameters"));
    }

    [Fact]
    public void ExecutionContext_Has25GetOnlyProperties()
    {
        var properties = typeof(IExecutionContext).GetProperties();

        Assert.Equal(25, properties.Length);
        Assert.All(properties, p => Assert.False(p.CanWrite, p.Name));
        Assert.DoesNotContain(typeof(IExecutionContext).GetMethods(), m => !m.IsSpecialName);
    }

    [Fact]
    public void PluginContexts_DeclareTheirMembers()
    {
        Assert.Equal(new[] { "ParentContext", "Stage" }, DeclaredPropertyNames(typeof(IPluginExecutionContext)));
        Assert.Equal(5, DeclaredPropertyNames(typeof(IPluginExecutionContext2)).Length);
        Assert.Equal(new[] { "AuthenticatedUserId" }, DeclaredPropertyNames(typeof(IPluginExecutionContext3)));
        Assert.Equal(
            new[] { "PostEntityImagesCollection", "PreEntityImagesCollection" },
            DeclaredPropertyNames(typeof(IPluginExecutionContext4)));
    }

    [Fact]
    public void OrganizationService_HasEightMethods()
    {
        var names = typeof(IOrganizationService).GetMethods().Select(m => m.Name).OrderBy(n => n);

        Assert.Equal(
            new[]
            {
                "Associate", "Create", "Delete", "Disassociate", "Execute", "Retrieve", "RetrieveMultiple", "Update",
            },
            names);
    }

    [Fact]
    public void ServiceFactory_TakesNullableGuid()
    {
        var method = typeof(IOrganizationServiceFactory).GetMethod("CreateOrganizationService");

        Assert.Equal(typeof(Guid?), Assert.Single(method!.GetParameters()).ParameterType);
    }

    [Fact]
    public void Trace_TakesParamsArray()
    {
        var parameters = typeof(ITracingService).GetMethod("Trace")!.GetParameters();

        Assert.Equal(new[] { typeof(string), typeof(object[]) }, parameters.Select(p => p.ParameterType));
        Assert.True(parameters[1].IsDefined(typeof(ParamArrayAttribute)));
    }

    [Fact]
    public void Entity_IsOpenForEarlyBoundClasses()
    {
        Assert.False(typeof(Entity).IsSealed);
        Assert.True(typeof(Entity).GetProperty("Id")!.GetMethod!.IsVirtual);
        Assert.True(typeof(Entity).GetMethod("GetAttributeValue")!.IsVirtual);
        Assert.Equal(typeof(EntityState?), typeof(Entity).GetProperty("EntityState")!.PropertyType);
    }

    [Fact]
    public void EntityAttributes_IsSealedParameterlessCollection()
    {
        Assert.True(typeof(AttributeCollection).IsSealed);
        Assert.Equal(typeof(DataCollection<string, object>), typeof(AttributeCollection).BaseType);
    }

    [Fact]
    public void Exception_HasEightPublicConstructors()
    {
        Assert.Equal(8, typeof(InvalidPluginExecutionException).GetConstructors().Length);
        Assert.True(typeof(InvalidPluginExecutionException).IsSealed);
    }

    private static string[] DeclaredPropertyNames(Type type) =>
        type.GetProperties(DeclaredInstance).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
}
