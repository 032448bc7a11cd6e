DROP INDEX `claims_status_idx`;--> statement-breakpoint
DROP INDEX `claims_updated_at_idx`;--> statement-breakpoint
CREATE INDEX `claims_review_due_newest_idx` ON `claims` (`id`,`review_due`) WHERE "claims"."review_due" is not null;--> statement-breakpoint
CREATE INDEX `claims_status_idx` ON `claims` (`status`,`id`,`status_updated_at`,`review_due`);--> statement-breakpoint
CREATE INDEX `claims_updated_at_idx` ON `claims` (`updated_at`,`id`);