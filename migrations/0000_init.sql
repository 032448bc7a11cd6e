CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`secret_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`publisher` text,
	`published_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_url_unique` ON `articles` (`url`);--> statement-breakpoint
CREATE TABLE `claim_appearances` (
	`claim_id` text NOT NULL,
	`article_id` text NOT NULL,
	`quote_context` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`claim_id`, `article_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_appearances_article_idx` ON `claim_appearances` (`article_id`);--> statement-breakpoint
CREATE TABLE `claim_topics` (
	`claim_id` text NOT NULL,
	`topic` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`claim_id`, `topic`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_topics_topic_idx` ON `claim_topics` (`topic`,`claim_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`row_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`text` text NOT NULL,
	`summary` text,
	`kind` text NOT NULL,
	`speaker_id` text NOT NULL,
	`claimed_at` text,
	`language` text NOT NULL,
	`quantity_value` real,
	`quantity_unit` text,
	`quantity_qualifier` text,
	`review_due` text,
	`status` text NOT NULL,
	`status_updated_at` text NOT NULL,
	`version` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`speaker_id`) REFERENCES `speakers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_id_unique` ON `claims` (`id`);--> statement-breakpoint
CREATE INDEX `claims_status_idx` ON `claims` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `claims_kind_idx` ON `claims` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `claims_speaker_idx` ON `claims` (`speaker_id`,`id`);--> statement-breakpoint
CREATE INDEX `claims_updated_at_idx` ON `claims` (`updated_at`);--> statement-breakpoint
CREATE INDEX `claims_review_due_idx` ON `claims` (`review_due`);--> statement-breakpoint
CREATE TABLE `idempotency_records` (
	`principal` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`headers` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	PRIMARY KEY(`principal`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_expires_idx` ON `idempotency_records` (`expires_at`);--> statement-breakpoint
CREATE TABLE `speakers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`title` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `speakers_name_key_unique` ON `speakers` (`name_key`);--> statement-breakpoint
CREATE TABLE `status_updates` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`previous_status` text,
	`note` text,
	`evidence` text NOT NULL,
	`author_key_id` text,
	`author_name` text NOT NULL,
	`created_at` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `status_updates_claim_seq_idx` ON `status_updates` (`claim_id`,`seq`);