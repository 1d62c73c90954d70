using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace TimelineApp.Data;

/// <summary>
/// One saved state of a source article: who, when, why, and the article as JSON. Never deleted. A pending one is an
/// editor's change (or new article) waiting for a reviewer; readers keep the accepted state meanwhile.
/// </summary>
public class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Number { get; set; }
    public Instant At { get; set; }
    [MaxLength(256)] public required string By { get; set; }
    [MaxLength(1000)] public string? Note { get; set; }
    [MaxLength(40)] public required string Kind { get; set; }
    public bool IsPending { get; set; }
    public required string Snapshot { get; set; }
}
