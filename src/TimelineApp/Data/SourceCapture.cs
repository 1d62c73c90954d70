using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace TimelineApp.Data;

/// <summary>
/// The exact bytes of a source as fetched (or uploaded) once, with who took them, when, from where and their SHA-256.
/// Never changed after it is written: a later fetch is a new capture. The bytes live in the database, so every
/// instance reads them.
/// </summary>
public class SourceCapture
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    /// <summary>1, 2, 3… per article, oldest first.</summary>
    public int Number { get; set; }
    /// <summary>The address asked for; null for a copy uploaded without one (the seed articles).</summary>
    [MaxLength(2000)] public string? RequestedUrl { get; set; }
    [MaxLength(2000)] public string? FinalUrl { get; set; }
    public int? HttpStatus { get; set; }
    [MaxLength(200)] public required string ContentType { get; set; }
    /// <summary>Each redirect as "status address", one a line.</summary>
    [MaxLength(12000)] public string? Redirects { get; set; }
    public Instant CapturedAt { get; set; }
    [MaxLength(256)] public required string CapturedBy { get; set; }
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    [MaxLength(64)] public required string Sha256 { get; set; }
    public long Length { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>A copy an editor saved and uploaded, rather than one the app fetched.</summary>
    public bool IsUpload { get; set; }
    /// <summary>The main text extracted from the bytes; link checks compare it to spot a changed page.</summary>
    public required string ExtractedText { get; set; }
}

public enum LinkStatus { Live = 0, Changed = 1, Moved = 2, Gone = 3 }

/// <summary>What the last link check found at a source's address. One row per checked article.</summary>
public class SourceLink
{
    public int ArticleId { get; set; }
    public LinkStatus Status { get; set; }
    public Instant CheckedAt { get; set; }
    /// <summary>Checks in a row that timed out or failed to connect; repeated ones class the page as gone.</summary>
    public int Failures { get; set; }
    [MaxLength(2000)] public string? MovedTo { get; set; }
    [MaxLength(500)] public string? Detail { get; set; }
}

public static class CaptureModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<SourceCapture>(e =>
        {
            e.HasIndex(x => new { x.ArticleId, x.Number }).IsUnique();
            e.HasIndex(x => x.RequestedUrl);
            e.HasIndex(x => x.FinalUrl);
            e.HasOne<SourceArticle>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<SourceLink>(e =>
        {
            e.HasKey(x => x.ArticleId);
            e.Property(x => x.ArticleId).ValueGeneratedNever();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(8);
            e.HasIndex(x => x.Status);
            e.HasOne<SourceArticle>().WithOne().HasForeignKey<SourceLink>(x => x.ArticleId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
