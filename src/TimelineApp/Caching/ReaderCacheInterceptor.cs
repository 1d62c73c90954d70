using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TimelineApp.Caching;

/// <summary>
/// Tells <see cref="ReaderCache"/> about every write through EF Core: saved changes, bulk updates and raw commands
/// (import's bulk inserts), and again when a transaction commits, so what readers see is never older than the database.
/// Reads (data readers and scalars) are ignored.
/// </summary>
public sealed class ReaderCacheInterceptor(ReaderCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) { Changed(result); return result; }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Changed(result);
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) { Changed(result); return result; }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Changed(result);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => cache.Changed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Changed();
        return Task.CompletedTask;
    }

    private void Changed(int rows)
    {
        if (rows != 0) cache.Changed();
    }
}
