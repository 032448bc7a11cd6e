CREATE TABLE `desk_sessions` (
	`secret_hash` text PRIMARY KEY NOT NULL,
	`key_id` text,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`key_id`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `desk_sessions_expires_idx` ON `desk_sessions` (`expires_at`);