CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text NOT NULL,
	`format` text NOT NULL,
	`file_name` text DEFAULT '' NOT NULL,
	`encoding` text NOT NULL,
	`source_text` text DEFAULT '' NOT NULL,
	`options` text NOT NULL,
	`plan_fingerprint` text NOT NULL,
	`planned_inputs` text DEFAULT '' NOT NULL,
	`published` integer DEFAULT false NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`skipped` integer DEFAULT 0 NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`applied_at` integer,
	`undone_at` integer,
	`undone_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `batch_id` integer;--> statement-breakpoint
CREATE INDEX `audit_batch_idx` ON `audit_log` (`batch_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `cancel_reason_en` text DEFAULT '' NOT NULL;