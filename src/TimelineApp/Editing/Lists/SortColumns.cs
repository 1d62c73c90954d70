using System.Linq.Expressions;

namespace TimelineApp.Editing.Lists;

/// <summary>
/// The columns a list may be sorted by, each with the expression the database orders on. Only these names are
/// honoured: an unknown or missing column gives the list's default order. The unique column breaks ties so that
/// pages never overlap.
/// </summary>
public sealed class SortColumns<T>(string defaultColumn, bool defaultDescending, string uniqueColumn)
{
    private sealed record Order(Func<IQueryable<T>, bool, IOrderedQueryable<T>> First, Func<IOrderedQueryable<T>, IOrderedQueryable<T>> Then);

    private readonly Dictionary<string, Order> _orders = new(StringComparer.OrdinalIgnoreCase);

    public SortColumns<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _orders[name] = new((q, descending) => descending ? q.OrderByDescending(key) : q.OrderBy(key), q => q.ThenBy(key));
        return this;
    }

    public bool Knows(string? name) => name is not null && _orders.ContainsKey(name);

    public IQueryable<T> Apply(IQueryable<T> query, string? sortBy, bool descending)
    {
        var ordered = Knows(sortBy) ? _orders[sortBy!].First(query, descending) : _orders[defaultColumn].First(query, defaultDescending);
        return _orders[uniqueColumn].Then(ordered);
    }
}
