ALTER TABLE `claims` ADD `source_url` text;--> statement-breakpoint
CREATE UNIQUE INDEX `claims_source_url_unique` ON `claims` (`source_url`);