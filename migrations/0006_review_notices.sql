CREATE TABLE `review_notices` (
	`claim_id` text NOT NULL,
	`due_date` text NOT NULL,
	`event_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`claim_id`, `due_date`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
