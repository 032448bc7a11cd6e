-- SPEC.md: the database itself refuses any timeline row that does not extend the claim's chain.
-- Besides the UPDATE and DELETE triggers of 0001, every INSERT (REPLACE and upserts included: this
-- trigger runs before their conflict handling) must carry a new id, the head's seq + 1 and, as
-- prev_hash, the head's hash ('' for a claim's first entry).
CREATE TRIGGER `status_updates_extend_chain` BEFORE INSERT ON `status_updates` BEGIN
	SELECT RAISE(ABORT, 'status_updates is append-only: this id is already in the timeline')
	WHERE EXISTS (SELECT 1 FROM `status_updates` WHERE `id` = new.`id`);
	SELECT RAISE(ABORT, 'status_updates chain: seq must be the head''s seq + 1')
	WHERE new.`seq` IS NOT (SELECT COALESCE(MAX(`seq`), 0) + 1 FROM `status_updates` WHERE `claim_id` = new.`claim_id`);
	SELECT RAISE(ABORT, 'status_updates chain: prev_hash must be the head''s hash')
	WHERE new.`prev_hash` IS NOT COALESCE(
		(SELECT `hash` FROM `status_updates` WHERE `claim_id` = new.`claim_id` ORDER BY `seq` DESC LIMIT 1), '');
END;
