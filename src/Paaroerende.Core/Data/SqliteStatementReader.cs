using System.Collections;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Paaroerende.Core.Data;

/// <summary>
/// The answer of a query <see cref="SqliteStatementCache"/> ran on one of its connections, as EF reads it. Disposing it
/// resets the statement (so the next run reads afresh) and returns the connection for the next query.
/// </summary>
internal sealed class SqliteStatementReader(
    SqliteDataReader reader, SqliteCommand command, SqliteStatementConnection connection, SqliteStatementCache cache) : DbDataReader
{
    private bool returned;

    public override int Depth => reader.Depth;

    public override int FieldCount => reader.FieldCount;

    public override bool HasRows => reader.HasRows;

    public override bool IsClosed => reader.IsClosed;

    public override int RecordsAffected => reader.RecordsAffected;

    public override int VisibleFieldCount => reader.VisibleFieldCount;

    public override object this[int ordinal] => reader[ordinal];

    public override object this[string name] => reader[name];

    public override bool Read() => reader.Read();

    public override Task<bool> ReadAsync(CancellationToken cancellationToken) => reader.ReadAsync(cancellationToken);

    public override bool NextResult() => reader.NextResult();

    public override Task<bool> NextResultAsync(CancellationToken cancellationToken) => reader.NextResultAsync(cancellationToken);

    public override bool IsDBNull(int ordinal) => reader.IsDBNull(ordinal);

    public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken cancellationToken) =>
        reader.IsDBNullAsync(ordinal, cancellationToken);

    public override T GetFieldValue<T>(int ordinal) => reader.GetFieldValue<T>(ordinal);

    public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken cancellationToken) =>
        reader.GetFieldValueAsync<T>(ordinal, cancellationToken);

    public override bool GetBoolean(int ordinal) => reader.GetBoolean(ordinal);

    public override byte GetByte(int ordinal) => reader.GetByte(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        reader.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

    public override char GetChar(int ordinal) => reader.GetChar(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        reader.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);

    public override string GetDataTypeName(int ordinal) => reader.GetDataTypeName(ordinal);

    public override DateTime GetDateTime(int ordinal) => reader.GetDateTime(ordinal);

    public override decimal GetDecimal(int ordinal) => reader.GetDecimal(ordinal);

    public override double GetDouble(int ordinal) => reader.GetDouble(ordinal);

    public override Type GetFieldType(int ordinal) => reader.GetFieldType(ordinal);

    public override float GetFloat(int ordinal) => reader.GetFloat(ordinal);

    public override Guid GetGuid(int ordinal) => reader.GetGuid(ordinal);

    public override short GetInt16(int ordinal) => reader.GetInt16(ordinal);

    public override int GetInt32(int ordinal) => reader.GetInt32(ordinal);

    public override long GetInt64(int ordinal) => reader.GetInt64(ordinal);

    public override string GetName(int ordinal) => reader.GetName(ordinal);

    public override int GetOrdinal(string name) => reader.GetOrdinal(name);

    public override string GetString(int ordinal) => reader.GetString(ordinal);

    public override object GetValue(int ordinal) => reader.GetValue(ordinal);

    public override int GetValues(object[] values) => reader.GetValues(values);

    public override Stream GetStream(int ordinal) => reader.GetStream(ordinal);

    public override TextReader GetTextReader(int ordinal) => reader.GetTextReader(ordinal);

    public override System.Data.DataTable? GetSchemaTable() => reader.GetSchemaTable();

    public override IEnumerator GetEnumerator() => ((IEnumerable)reader).GetEnumerator();

    public override void Close() => Return();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Return();
        }

        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync()
    {
        Return();
        return base.DisposeAsync();
    }

    private void Return()
    {
        if (returned)
        {
            return;
        }

        returned = true;
        reader.Dispose();
        command.Parameters.Clear();
        cache.Return(connection);
    }
}
