using Microsoft.Data.Sqlite;

namespace Live.Server.Storage;

/// <summary>Creates or refreshes the grain storage schema in the SQLite file before the silo starts.</summary>
public static class SqliteSchema
{
    /// <summary>The ADO.NET invariant under which Orleans loads Microsoft.Data.Sqlite.</summary>
    public const string Invariant = "System.Data.SQLite"; // Orleans maps this name to Microsoft.Data.Sqlite

    public static string ConnectionString(string dataDirectory)
    {
        var directory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(directory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, "live.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30, // seconds a writer waits for the file lock before failing
        }.ToString();
    }

    public static void Ensure(string connectionString)
    {
        using var stream = typeof(SqliteSchema).Assembly.GetManifestResourceStream("Live.Server.Storage.sqlite-schema.sql")
            ?? throw new InvalidOperationException("sqlite-schema.sql is not embedded");
        using var reader = new StreamReader(stream);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = reader.ReadToEnd();
        command.ExecuteNonQuery();
    }
}
