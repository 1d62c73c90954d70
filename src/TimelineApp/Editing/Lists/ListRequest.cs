using MudBlazor;

namespace TimelineApp.Editing.Lists;

/// <summary>
/// One page of an editors' list as asked for: page number, page size, sort column and a free-text filter.
/// Every value is made safe here, so a bad one gives the default instead of an error or an unbounded query.
/// </summary>
public sealed record ListRequest(int Page, int PageSize, string? SortBy, bool Descending, string? Filter)
{
    public static readonly IReadOnlyList<int> PageSizes = [10, 25, 50, 100];
    public const int DefaultPageSize = 25;
    public const int MaxFilterLength = 100;

    /// <summary>Clamps to a known page size, a non-negative page and a bounded, trimmed filter (empty → none).</summary>
    public ListRequest Normalised() => this with
    {
        Page = Math.Max(0, Page),
        PageSize = PageSizes.Contains(PageSize) ? PageSize : DefaultPageSize,
        Filter = string.IsNullOrWhiteSpace(Filter) ? null : Filter.Trim() is var f && f.Length > MaxFilterLength ? f[..MaxFilterLength] : Filter.Trim(),
    };

    /// <summary>The grid's state: its page, page size and first sort column, plus the list's own filter box.</summary>
    public static ListRequest From<T>(GridState<T> state, string? filter)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return new ListRequest(state.Page, state.PageSize, sort?.SortBy, sort?.Descending ?? false, filter).Normalised();
    }
}
