using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace TimelineApp.Data;

/// <summary>
/// The one bulk-insert path: rows of one entity type through one prepared command, taking table, columns and value
/// conversions from the EF Core model (so it follows the schema). Change tracking costs about ten times more per row than
/// the insert, which matters for the CSV import, the data generator and the tests' bulk loaders.
/// With <c>explicitKeys</c> the caller's key values are written (the generator numbers rows up front).
/// With <c>copy</c> on PostgreSQL the rows are kept until <see cref="Flush"/> and sent with one binary COPY (keys the
/// database generates are then not read back); row triggers fire as for INSERT. On SQLite <c>copy</c> changes nothing.
/// </summary>
internal sealed class BulkInserter<T> : IBulkInserter, IDisposable where T : class
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, DbParameter Parameter)[] _columns;
    private readonly IProperty? _generatedKey;
    private readonly List<T>? _copyRows;
    private readonly string _table;

    public BulkInserter(DbContext db, DbTransaction transaction, bool explicitKeys = false, bool copy = false)
    {
        if (copy && db.Database.GetDbConnection() is Npgsql.NpgsqlConnection) _copyRows = [];
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var key = type.FindPrimaryKey()!.Properties;
        _generatedKey = !explicitKeys && key.Count == 1 && key[0].ValueGenerated == ValueGenerated.OnAdd ? key[0] : null;
        var properties = type.GetProperties().Where(p => p != _generatedKey).ToList();
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = transaction;
        _columns = properties.Select((p, i) =>
        {
            // Typed by the provider's mapping, so PostgreSQL can prepare the command before any value is set.
            var parameter = p.GetRelationalTypeMapping().CreateParameter(_command, $"@p{i}", null, p.IsNullable);
            _command.Parameters.Add(parameter);
            return (p, parameter);
        }).ToArray();
        _table = $"\"{type.GetTableName()}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""))})";
        if (_copyRows is not null) return;
        var returning = _generatedKey is null ? "" : $" RETURNING \"{_generatedKey.GetColumnName()}\"";
        _command.CommandText = $"INSERT INTO {_table} " +
            $"VALUES ({string.Join(", ", _columns.Select(c => c.Parameter.ParameterName))}){returning};";
        _command.Prepare();
    }

    /// <summary>Inserts the entity and, when the database generates its key, writes the new key back.</summary>
    public void Insert(T entity)
    {
        if (_copyRows is not null)
        {
            _copyRows.Add(entity);
            return;
        }
        foreach (var (property, parameter) in _columns) parameter.Value = ProviderValue(property, entity) ?? DBNull.Value;
        if (_generatedKey is null)
        {
            _command.ExecuteNonQuery();
            return;
        }
        var id = Convert.ChangeType(_command.ExecuteScalar(), _generatedKey.ClrType, System.Globalization.CultureInfo.InvariantCulture);
        _generatedKey.PropertyInfo!.SetValue(entity, id);
    }

    /// <summary>Sends the kept rows (PostgreSQL with <c>copy</c>); call in the order foreign keys need, before committing.</summary>
    public void Flush()
    {
        if (_copyRows is not { Count: > 0 }) return;
        using (var import = ((Npgsql.NpgsqlConnection)_command.Connection!).BeginBinaryImport($"COPY {_table} FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in _copyRows)
            {
                import.StartRow();
                foreach (var (property, _) in _columns)
                {
                    if (ProviderValue(property, row) is { } value) import.Write(value);
                    else import.WriteNull();
                }
            }
            import.Complete();
        }
        _copyRows.Clear();
    }

    private static object? ProviderValue(IProperty property, T entity)
    {
        var value = property.GetGetter().GetClrValueUsingContainingEntity(entity);
        return value is not null && property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    public void Dispose() => _command.Dispose();
}

/// <summary>Inserters of different entity types, flushed in order.</summary>
internal interface IBulkInserter
{
    void Flush();
}
