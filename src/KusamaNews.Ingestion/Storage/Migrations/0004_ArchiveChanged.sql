-- When the archive last changed: the time of the ingestion that last raised Version. The site
-- derives Last-Modified from it; LastIngestedUtc moves on every run, changed or not. A trigger
-- keeps it, so the writer needs no change; an existing archive starts from its last ingestion.
ALTER TABLE ArchiveState ADD COLUMN ChangedUtc TEXT;

UPDATE ArchiveState SET ChangedUtc = LastIngestedUtc WHERE Version > 0;

CREATE TRIGGER ArchiveStateChanged AFTER UPDATE OF Version ON ArchiveState
WHEN NEW.Version <> OLD.Version
BEGIN
    UPDATE ArchiveState SET ChangedUtc = NEW.LastIngestedUtc WHERE Id = NEW.Id;
END;
