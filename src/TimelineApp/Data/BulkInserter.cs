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
/// </summary>
internal sealed class BulkInserter<T> : IDisposable where T : class
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, DbParameter Parameter)[] _columns;
    private readonly IProperty? _generatedKey;

    public BulkInserter(DbContext db, DbTransaction transaction, bool explicitKeys = false)
    {
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
        var table = type.GetTableName();
        var returning = _generatedKey is null ? "" : $" RETURNING \"{_generatedKey.GetColumnName()}\"";
        _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""))}) " +
            $"VALUES ({string.Join(", ", _columns.Select(c => c.Parameter.ParameterName))}){returning};";
        _command.Prepare();
    }

    /// <summary>Inserts the entity and, when the database generates its key, writes the new key back.</summary>
    public void Insert(T entity)
    {
        foreach (var (property, parameter) in _columns)
        {
            var value = property.GetGetter().GetClrValueUsingContainingEntity(entity);
            if (value is not null && property.GetTypeMapping().Converter is { } converter) value = converter.ConvertToProvider(value);
            parameter.Value = value ?? DBNull.Value;
        }
        if (_generatedKey is null)
        {
            _command.ExecuteNonQuery();
            return;
        }
        var id = Convert.ChangeType(_command.ExecuteScalar(), _generatedKey.ClrType, System.Globalization.CultureInfo.InvariantCulture);
        _generatedKey.PropertyInfo!.SetValue(entity, id);
    }

    public void Dispose() => _command.Dispose();
}
