-- Full-text search over claims (GET /v1/claims?q=): text, summary and the speaker's name,
-- kept in step by triggers so no write path can forget it. rowid = claims.row_id.
CREATE VIRTUAL TABLE `claims_fts` USING fts5(
	`text`, `summary`, `speaker`,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_insert` AFTER INSERT ON `claims` BEGIN
	INSERT INTO `claims_fts` (`rowid`, `text`, `summary`, `speaker`)
	VALUES (new.`row_id`, new.`text`, new.`summary`, (SELECT `name` FROM `speakers` WHERE `id` = new.`speaker_id`));
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_update` AFTER UPDATE OF `text`, `summary`, `speaker_id` ON `claims` BEGIN
	DELETE FROM `claims_fts` WHERE `rowid` = old.`row_id`;
	INSERT INTO `claims_fts` (`rowid`, `text`, `summary`, `speaker`)
	VALUES (new.`row_id`, new.`text`, new.`summary`, (SELECT `name` FROM `speakers` WHERE `id` = new.`speaker_id`));
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_delete` AFTER DELETE ON `claims` BEGIN
	DELETE FROM `claims_fts` WHERE `rowid` = old.`row_id`;
END;
--> statement-breakpoint
-- The timeline is append-only (SPEC.md): a correction is a new update, never an edit.
CREATE TRIGGER `status_updates_no_update` BEFORE UPDATE ON `status_updates` BEGIN
	SELECT RAISE(ABORT, 'status_updates is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `status_updates_no_delete` BEFORE DELETE ON `status_updates` BEGIN
	SELECT RAISE(ABORT, 'status_updates is append-only');
END;
