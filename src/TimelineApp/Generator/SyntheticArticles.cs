using NodaTime;

namespace TimelineApp.Generator;

/// <summary>
/// Collects citation quotes into articles, one open article per outlet: an article reports up to six
/// events from about the same month and is published a day or two after the latest of them.
/// Every quote is a sentence of its article's text, so quotes are verbatim by construction.
/// </summary>
internal sealed class SyntheticArticles(Random rng, long firstArticleId)
{
    private const int MaxQuotes = 6;
    private const int MaxDaysApart = 45;

    private sealed class Draft(long id, LocalDate first)
    {
        public long Id { get; } = id;
        public LocalDate First { get; } = first;
        public LocalDate Reported { get; set; } = first;
        public List<string> Sentences { get; } = [];
        public int Quotes { get; set; }
        public string Headline { get; set; } = "";
    }

    private readonly Dictionary<int, Draft> _open = [];
    private readonly List<GenArticle> _done = [];
    private long _nextId = firstArticleId;

    public long NextId => _nextId;

    /// <summary>Adds the quote to the outlet's open article (starting a new one when needed); returns its id.</summary>
    public long Add(int outlet, GenEvent e, string quote)
    {
        var reported = e.Dates.Last < e.Dates.Start.Start.PlusDays(MaxDaysApart) ? e.Dates.Last : e.Dates.Start.Start.PlusDays(MaxDaysApart);
        if (_open.TryGetValue(outlet, out var draft)
            && (draft.Quotes >= MaxQuotes || Math.Abs(reported.ToDateOnly().DayNumber - draft.First.ToDateOnly().DayNumber) > MaxDaysApart))
        {
            Close(outlet, draft);
            draft = null;
        }
        if (draft is null)
        {
            draft = new Draft(_nextId++, reported) { Headline = e.Title };
            _open[outlet] = draft;
        }
        if (reported > draft.Reported) draft.Reported = reported;
        draft.Sentences.Add(quote);
        if (rng.Next(3) == 0) draft.Sentences.Add(Vocabulary.Fillers[rng.Next(Vocabulary.Fillers.Length)]);
        draft.Quotes++;
        return draft.Id;
    }

    /// <summary>Closes every open article and hands over all finished ones.</summary>
    public List<GenArticle> TakeAll()
    {
        foreach (var (outlet, draft) in _open.ToList()) Close(outlet, draft);
        var done = _done.ToList();
        _done.Clear();
        return done;
    }

    private void Close(int outlet, Draft d)
    {
        _open.Remove(outlet);
        var name = Vocabulary.Outlets[outlet];
        _done.Add(new GenArticle(d.Id, name, Vocabulary.Authors[rng.Next(Vocabulary.Authors.Length)], d.Headline,
            d.Reported.PlusDays(rng.Next(0, 3)), d.Headline + "\n\n" + string.Join(" ", d.Sentences)));
    }
}
