-- Sections kept each section's Markdown source beside its HTML and its text. Nothing read it (the
-- files in content/ are the source), and it was a third of what a full ingestion wrote.
ALTER TABLE Sections DROP COLUMN Markdown;
