-- Each section keeps its Markdown source again (0006 dropped it for speed): the store is the
-- archive's record of each section, source included, as the foundation asks. Stores upgraded
-- here re-read every file (IssueParser.Version 2), which fills it.
ALTER TABLE Sections ADD COLUMN Markdown TEXT NOT NULL DEFAULT '';
