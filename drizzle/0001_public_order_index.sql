DROP INDEX `events_start_idx`;--> statement-breakpoint
CREATE INDEX `events_public_order_idx` ON `events` (`start_date`,`start_at`,`sort_order`,`id`,`status`,`deleted_at`);