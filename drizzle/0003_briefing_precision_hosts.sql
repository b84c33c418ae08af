CREATE TABLE `country_facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country_code` text NOT NULL,
	`population_ja` text DEFAULT '' NOT NULL,
	`population_en` text DEFAULT '' NOT NULL,
	`area_ja` text DEFAULT '' NOT NULL,
	`area_en` text DEFAULT '' NOT NULL,
	`comparison_ja` text DEFAULT '' NOT NULL,
	`comparison_en` text DEFAULT '' NOT NULL,
	`gdp_ja` text DEFAULT '' NOT NULL,
	`gdp_en` text DEFAULT '' NOT NULL,
	`gdp_per_head_ja` text DEFAULT '' NOT NULL,
	`gdp_per_head_en` text DEFAULT '' NOT NULL,
	`leader_ja` text DEFAULT '' NOT NULL,
	`leader_en` text DEFAULT '' NOT NULL,
	`note_ja` text DEFAULT '' NOT NULL,
	`note_en` text DEFAULT '' NOT NULL,
	`stats_year` integer,
	`source_ja` text DEFAULT '' NOT NULL,
	`source_en` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `country_facts_country_code_unique` ON `country_facts` (`country_code`);--> statement-breakpoint
-- Country facts appear on public pages: their changes move the data version, as in 0002.
CREATE TRIGGER `country_facts_insert_bumps_data_version` AFTER INSERT ON `country_facts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `country_facts_update_bumps_data_version` AFTER UPDATE ON `country_facts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `country_facts_delete_bumps_data_version` AFTER DELETE ON `country_facts` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TABLE `data_migrations` (
	`name` text PRIMARY KEY NOT NULL,
	`applied_at` integer NOT NULL
);
--> statement-breakpoint
-- events is rebuilt because country_code becomes nullable (a host may be online or not stated),
-- with CHECK constraints. Drizzle runs every migration inside one transaction, where
-- PRAGMA foreign_keys=OFF does nothing; so the new table's self-reference names __new_events:
-- had it named `events`, DROP TABLE `events` would set every parent_id to NULL (ON DELETE SET
-- NULL fires for the implicit delete). The rename below turns it into `events`. Every row keeps
-- its id, uid, sequence and version; the new columns take their defaults (host: the country).
CREATE TABLE `__new_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`seed_key` text,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`title_ja` text DEFAULT '' NOT NULL,
	`title_en` text DEFAULT '' NOT NULL,
	`description_ja` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`sector` text NOT NULL,
	`host_kind` text DEFAULT 'country' NOT NULL,
	`country_code` text,
	`host_note_ja` text DEFAULT '' NOT NULL,
	`host_note_en` text DEFAULT '' NOT NULL,
	`city_ja` text DEFAULT '' NOT NULL,
	`city_en` text DEFAULT '' NOT NULL,
	`venue_ja` text DEFAULT '' NOT NULL,
	`venue_en` text DEFAULT '' NOT NULL,
	`is_special` integer DEFAULT false NOT NULL,
	`recurrence_ja` text DEFAULT '' NOT NULL,
	`recurrence_en` text DEFAULT '' NOT NULL,
	`source_url` text,
	`source_title_ja` text DEFAULT '' NOT NULL,
	`source_title_en` text DEFAULT '' NOT NULL,
	`source_note_ja` text DEFAULT '' NOT NULL,
	`source_note_en` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`cancel_reason` text DEFAULT '' NOT NULL,
	`staff_note` text DEFAULT '' NOT NULL,
	`date_precision` text DEFAULT 'day' NOT NULL,
	`is_tentative` integer DEFAULT false NOT NULL,
	`all_day` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`start_at` integer,
	`end_at` integer,
	`time_zone` text NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`parent_id` integer,
	`program_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`updated_by` integer,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `__new_events`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "events_host_check" CHECK((host_kind = 'country') = (country_code IS NOT NULL)),
	CONSTRAINT "events_month_precision_check" CHECK(date_precision = 'day' OR (date_precision = 'month' AND all_day = 1))
);
--> statement-breakpoint
INSERT INTO `__new_events`("id", "uid", "seed_key", "slug", "kind", "title_ja", "title_en", "description_ja", "description_en", "sector", "country_code", "city_ja", "city_en", "venue_ja", "venue_en", "is_special", "recurrence_ja", "recurrence_en", "source_url", "status", "cancel_reason", "staff_note", "all_day", "start_date", "end_date", "start_at", "end_at", "time_zone", "sequence", "version", "parent_id", "program_id", "sort_order", "created_at", "updated_at", "deleted_at", "updated_by") SELECT "id", "uid", "seed_key", "slug", "kind", "title_ja", "title_en", "description_ja", "description_en", "sector", "country_code", "city_ja", "city_en", "venue_ja", "venue_en", "is_special", "recurrence_ja", "recurrence_en", "source_url", "status", "cancel_reason", "staff_note", "all_day", "start_date", "end_date", "start_at", "end_at", "time_zone", "sequence", "version", "parent_id", "program_id", "sort_order", "created_at", "updated_at", "deleted_at", "updated_by" FROM `events`;--> statement-breakpoint
-- AUTOINCREMENT never reuses an id: the new table continues from the old table's counter.
UPDATE `sqlite_sequence` SET `seq` = (SELECT `seq` FROM `sqlite_sequence` WHERE `name` = 'events') WHERE `name` = '__new_events' AND EXISTS (SELECT 1 FROM `sqlite_sequence` WHERE `name` = 'events');--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
ALTER TABLE `__new_events` RENAME TO `events`;--> statement-breakpoint
CREATE UNIQUE INDEX `events_uid_unique` ON `events` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `events_seed_key_unique` ON `events` (`seed_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE INDEX `events_public_order_idx` ON `events` (`start_date`,`start_at`,`sort_order`,`id`,`status`,`deleted_at`,`date_precision`);--> statement-breakpoint
CREATE INDEX `events_status_idx` ON `events` (`status`);--> statement-breakpoint
CREATE INDEX `events_parent_idx` ON `events` (`parent_id`);--> statement-breakpoint
CREATE INDEX `events_program_idx` ON `events` (`program_id`);--> statement-breakpoint
-- DROP TABLE removed the data-version triggers of 0002 with the old table: the same three again.
CREATE TRIGGER `events_insert_bumps_data_version` AFTER INSERT ON `events` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `events_update_bumps_data_version` AFTER UPDATE ON `events` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `events_delete_bumps_data_version` AFTER DELETE ON `events` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
