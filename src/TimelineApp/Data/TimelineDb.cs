using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace TimelineApp.Data;

/// <summary>
/// The one model. This class is the SQLite database (its migrations are in Data/Migrations);
/// <see cref="PostgresTimelineDb"/> is the same model on PostgreSQL with its own migrations.
/// </summary>
public class TimelineDb : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public TimelineDb(DbContextOptions<TimelineDb> options) : base(options) { }

    protected TimelineDb(DbContextOptions options) : base(options) { }

    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventType> EventTypes => Set<EventType>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<EventActor> EventActors => Set<EventActor>();
    public DbSet<EventTag> EventTags => Set<EventTag>();
    public DbSet<SourceArticle> Articles => Set<SourceArticle>();
    public DbSet<Citation> Citations => Set<Citation>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();
    public DbSet<SlugAlias> SlugAliases => Set<SlugAlias>();
    public DbSet<EventDayCount> EventDayCounts => Set<EventDayCount>();
    public DbSet<EventCountryCount> EventCountryCounts => Set<EventCountryCount>();
    public DbSet<EventTagCount> EventTagCounts => Set<EventTagCount>();
    public DbSet<EventActorCount> EventActorCounts => Set<EventActorCount>();
    /// <summary>Editors' autosaved work in progress (Editing/Autosave).</summary>
    public DbSet<FormDraft> FormDrafts => Set<FormDraft>();
    /// <summary>Preserved copies of source articles and what link checks found (Capture/).</summary>
    public DbSet<SourceCapture> SourceCaptures => Set<SourceCapture>();
    public DbSet<SourceLink> SourceLinks => Set<SourceLink>();
    /// <summary>ASP.NET Core Data Protection keys, shared by every instance on the same database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configuration.Properties<Instant>().HaveConversion<InstantConverter>();
        configuration.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        Axis.SqlDates.Register(b);
        Rollups.Configure(b);
        Accounts.AuthenticatorSteps.Configure(b);
        CaptureModel.Configure(b);

        b.Entity<Event>(e =>
        {
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasIndex(x => new { x.Status, x.StartDate });
            e.HasIndex(x => new { x.Status, x.LastDate });
            // Covers the window queries' count and page order, so they read only this index (see EventQuery.Filtered).
            e.HasIndex(x => new { x.Status, x.DurationClass, x.StartDate, x.LastDate, x.DatePrecision });
            // Covers the timeline's GROUP BYs (events per day and type, counts per type) without reading the table.
            e.HasIndex(x => new { x.Status, x.StartDate, x.DatePrecision, x.TypeId });
            e.HasIndex(x => x.TypeId);
            e.HasIndex(x => x.PlaceId);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DatePrecision).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.EndDatePrecision).HasConversion<string>().HasMaxLength(8);
            e.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Place).WithMany().HasForeignKey(x => x.PlaceId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Actors).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Tags).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Citations).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<EventActor>(e =>
        {
            e.HasKey(x => new { x.EventId, x.ActorId, x.Role });
            e.HasIndex(x => x.ActorId);
            e.HasOne(x => x.Actor).WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<EventTag>(e =>
        {
            e.HasKey(x => new { x.EventId, x.Tag });
            e.HasIndex(x => x.Tag);
        });
        b.Entity<Place>(e =>
        {
            e.Property(x => x.GeoPrecision).HasConversion<string>().HasMaxLength(8);
            e.HasIndex(x => x.Country);
        });
        b.Entity<Actor>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            e.HasIndex(x => x.Name);
        });
        b.Entity<SourceArticle>(e =>
        {
            e.HasIndex(x => x.Key).IsUnique();
            e.Property(x => x.AwaitsAcceptance).HasDefaultValue(false);
        });
        b.Entity<ArticleRevision>(e =>
        {
            e.HasIndex(x => new { x.ArticleId, x.Number }).IsUnique();
            e.HasOne<SourceArticle>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Citation>(e =>
        {
            e.HasIndex(x => x.ArticleId);
            e.HasOne(x => x.Article).WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Claims).WithOne().HasForeignKey(x => x.CitationId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Revision>(e =>
        {
            e.HasIndex(x => new { x.EventId, x.Number }).IsUnique();
            e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<FormDraft>(e =>
        {
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.UserId, x.FormKey, x.RecordKey, x.State });
        });
        b.Entity<SlugAlias>(e =>
        {
            e.HasKey(x => x.Slug);
            e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
