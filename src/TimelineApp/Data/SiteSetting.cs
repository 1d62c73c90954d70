using System.ComponentModel.DataAnnotations;

namespace TimelineApp.Data;

/// <summary>A site-wide switch a reviewer sets from the web (for example, whether editors must use two-factor sign-in).</summary>
public class SiteSetting
{
    [Key, MaxLength(100)] public required string Key { get; set; }
    [MaxLength(400)] public required string Value { get; set; }
}
