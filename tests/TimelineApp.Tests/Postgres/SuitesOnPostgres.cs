using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Api;
using TimelineApp.Tests.Axis;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Editing.Csv;
using TimelineApp.Tests.Events;
using TimelineApp.Tests.Infrastructure;
using TimelineApp.Tests.Search;
using TimelineApp.Tests.Security;
using TimelineApp.Tests.Seeding;
using TimelineApp.Tests.Timeline;

namespace TimelineApp.Tests.Postgres;

// The provider-neutral integration suites, run again on a fresh PostgreSQL database each (the throwaway cluster of
// PostgresCluster). Each class inherits every test of its SQLite suite unchanged.

public sealed class EventsApiOnPostgres(PostgresTimelineFactory app) : EventsApiTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class EventQueryOnPostgres(PostgresTimelineFactory app) : EventQueryTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class TimelineQueryOnPostgres(PostgresTimelineFactory app) : TimelineQueryTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class SearchOnPostgres(PostgresTimelineFactory app) : EventSearchIndexTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class BadQueriesOnPostgres(PostgresTimelineFactory app) : BadQueryTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class EditorListsOnPostgres(PostgresTimelineFactory app) : TimelineApp.Tests.Editing.Lists.EditorListsTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class WorkflowOnPostgres(PostgresTimelineFactory app) : WorkflowTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class EventEditorOnPostgres(PostgresTimelineFactory app) : EventEditorTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class CsvImportOnPostgres(PostgresTimelineFactory app) : EventCsvImportTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class UserAdminOnPostgres(PostgresTimelineFactory app) : UserAdminTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class SeedImportOnPostgres : SeedImportTests, IRunsOnPostgres
{
    protected override TimelineFactory NewApp() => new PostgresTimelineFactory();
}

public sealed class RollupsOnPostgres(PostgresTimelineFactory app) : RollupTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class AxisQueryOnPostgres(PostgresTimelineFactory app) : AxisQueryTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class AxisClusterCountOnPostgres(PostgresTimelineFactory app) : AxisClusterCountTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;

public sealed class TwoFactorSignInOnPostgres(PostgresTimelineFactory app) : TwoFactorSignInTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;
