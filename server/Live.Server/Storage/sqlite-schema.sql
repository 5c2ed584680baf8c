-- Live's grain storage in one SQLite file, for Orleans' ADO.NET grain storage provider.
-- The provider reads its three queries from OrleansQuery and binds these parameters:
--   @GrainIdHash @GrainIdN0 @GrainIdN1 @GrainTypeHash @GrainTypeString @GrainIdExtensionString
--   @ServiceId @GrainStateVersion @PayloadBinary
-- and reads back PayloadBinary + Version (read) and NewGrainStateVersion (write, clear).
-- Safe to run at every start: it creates what is missing and refreshes the queries.

PRAGMA journal_mode = WAL;  -- readers never block the writer; persistent for the file

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT PRIMARY KEY,
    QueryText TEXT NOT NULL
);

-- One row per grain state. The key columns are unique together, so a write is one UPSERT.
-- GrainIdExtensionString holds the string key ('' for other key kinds) so the uniqueness holds without NULLs.
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT    NOT NULL,
    ServiceId              TEXT    NOT NULL,
    PayloadBinary          BLOB    NULL,
    ModifiedOn             TEXT    NOT NULL,
    Version                INTEGER NOT NULL,
    UNIQUE (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString, ServiceId)
);

-- Write with optimistic concurrency: insert when the grain has no version yet, otherwise update only the row
-- whose Version matches. On a version mismatch the old version is returned, which the provider reports as
-- InconsistentStateException (another activation wrote first).
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, COALESCE(@GrainIdExtensionString, ''''), @ServiceId, @PayloadBinary, datetime(''now''), 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING 1 AS NewGrainStateVersion;

    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary, ModifiedOn = datetime(''now''), Version = Version + 1
    WHERE @GrainStateVersion IS NOT NULL
        AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '''')
        AND ServiceId = @ServiceId
        AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;

    -- changes() is the UPDATE''s count here; it only ran when a version was given.
    SELECT @GrainStateVersion AS NewGrainStateVersion
    WHERE changes() = 0 AND @GrainStateVersion IS NOT NULL;
');

INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '''')
        AND ServiceId = @ServiceId
    LIMIT 1;
');

INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = datetime(''now''), Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '''')
        AND ServiceId = @ServiceId
        AND Version = @GrainStateVersion;

    SELECT @GrainStateVersion + 1 AS NewGrainStateVersion WHERE changes() > 0;

    SELECT @GrainStateVersion AS NewGrainStateVersion WHERE changes() = 0 AND @GrainStateVersion IS NOT NULL;
');
