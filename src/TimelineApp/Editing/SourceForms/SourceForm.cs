using System.ComponentModel.DataAnnotations;
using TimelineApp.Data;
using TimelineApp.Dates;

namespace TimelineApp.Editing.SourceForms;

/// <summary>A source article as an editor enters it. The text is plain text, stored and shown exactly as typed.</summary>
public sealed class SourceForm
{
    public int? Id { get; set; }

    /// <summary>Fingerprint of the article as loaded; a save over a different one is someone else's change.</summary>
    public string? LoadedFingerprint { get; set; }

    /// <summary>The pending proposal the form was loaded from, if any: a proposal saved over a different one would drop it.</summary>
    public int? LoadedProposal { get; set; }

    [Required(ErrorMessage = "Name the outlet (write \"unknown\" when the source does not say).")]
    [StringLength(200, ErrorMessage = "The outlet is too long: at most {1} characters.")]
    public string Outlet { get; set; } = "";

    [Required(ErrorMessage = "Name the author (write \"unknown\" when the source does not say).")]
    [StringLength(200, ErrorMessage = "The author is too long: at most {1} characters.")]
    public string Author { get; set; } = "";

    [Required(ErrorMessage = "Enter the headline.")]
    [StringLength(400, ErrorMessage = "The headline is too long: at most {1} characters.")]
    public string Headline { get; set; } = "";

    [StringLength(2000, ErrorMessage = "The URL is too long: at most {1} characters.")]
    public string? Url { get; set; }

    [Required(ErrorMessage = "Enter the day it was published, e.g. 17 Feb 2015.")]
    public string PublishedDate { get; set; } = "";

    [Required(ErrorMessage = "Enter the language code, e.g. en.")]
    [RegularExpression("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", ErrorMessage = "Use a language code like en, ar or pt-BR.")]
    [StringLength(12, ErrorMessage = "Use a language code like en, ar or pt-BR.")]
    public string Language { get; set; } = "en";

    [Required(ErrorMessage = "Paste the article's full text.")]
    [StringLength(1_000_000, ErrorMessage = "The text is too long: at most {1} characters.")]
    public string Text { get; set; } = "";

    [StringLength(2000, ErrorMessage = "The note is too long: at most {1} characters.")]
    public string? ReliabilityNote { get; set; }

    [StringLength(2000, ErrorMessage = "The note is too long: at most {1} characters.")]
    public string? DateNote { get; set; }

    public static SourceForm From(SourceArticle a) => new()
    {
        Id = a.Id, Outlet = a.Outlet, Author = a.Author, Headline = a.Headline, Url = a.Url,
        PublishedDate = PartialDate.Of(a.PublishedDate, DatePrecision.Day).Format(), Language = a.Language, Text = a.Text,
        ReliabilityNote = a.ReliabilityNote, DateNote = a.DateNote, LoadedFingerprint = Fingerprint(a),
    };

    public static string Fingerprint(SourceArticle a) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', a.Outlet, a.Author, a.Headline, a.Url, a.PublishedDate, a.Language, a.Text, a.ReliabilityNote, a.DateNote))));
}
