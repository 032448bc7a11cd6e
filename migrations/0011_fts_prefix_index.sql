-- Search keeps the last word a prefix for search as you type ("perc" finds "percent"). Without a
-- prefix index FTS5 expands a prefix by reading every posting of every word it stands for before
-- a LIMIT can stop it (320 ms at a million claims for "perc"). With one, a prefix of 2 to 6
-- characters is a single posting list, read newest first and left at the page. The index is about
-- four times larger (BENCHMARKS.md, "Scale"). The table is rebuilt from the claims it indexes.
DROP TABLE `claims_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `claims_fts` USING fts5(
	`text`, `summary`, `speaker`,
	tokenize = 'porter unicode61 remove_diacritics 2',
	prefix = '2 3 4 5 6'
);
--> statement-breakpoint
INSERT INTO `claims_fts` (`rowid`, `text`, `summary`, `speaker`)
SELECT c.`row_id`, c.`text`, c.`summary`, (SELECT `name` FROM `speakers` WHERE `id` = c.`speaker_id`)
FROM `claims` c;
