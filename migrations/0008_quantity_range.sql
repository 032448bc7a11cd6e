ALTER TABLE `claims` ADD `quantity_low` real;--> statement-breakpoint
ALTER TABLE `claims` ADD `quantity_high` real;