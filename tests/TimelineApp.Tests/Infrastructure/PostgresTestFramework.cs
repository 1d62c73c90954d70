using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("TimelineApp.Tests.Infrastructure.PostgresTestFramework", "TimelineApp.Tests")]

namespace TimelineApp.Tests.Infrastructure;

/// <summary>Marks a test class that runs on PostgreSQL: skipped, with the install hint, where PostgreSQL is missing (never with CI=true).</summary>
public interface IRunsOnPostgres;

/// <summary>A test of a suite that also runs on PostgreSQL which checks something only SQLite has (its query plans).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteOnlyAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}

/// <summary>xunit's own framework, except that tests of <see cref="IRunsOnPostgres"/> classes are reported skipped when PostgreSQL is missing.</summary>
public sealed class PostgresTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider source, IMessageSink sink)
        : XunitTestFrameworkDiscoverer(assembly, source, sink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var onPostgres = typeof(IRunsOnPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType());
            var reason = !onPostgres || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any() ? null
                : testMethod.Method.GetCustomAttributes(typeof(SqliteOnlyAttribute)).FirstOrDefault() is { } only
                    ? "SQLite only: " + only.GetNamedArgument<string>(nameof(SqliteOnlyAttribute.Reason))
                    : PostgresCluster.SkipReason;
            if (reason is null) return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            var skipped = new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}
