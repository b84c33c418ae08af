ALTER TABLE `audit_log` ADD `public_change` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `change_rule` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `public_note_ja` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `public_note_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_public_at_idx` ON `audit_log` (`at`,`id`,`entity_id`) WHERE public_change IS NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_public_event_idx` ON `audit_log` (`entity_id`,`id`) WHERE public_change IS NOT NULL;