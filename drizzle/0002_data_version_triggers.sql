-- The data version is kept by the database itself: every change to a table whose rows can appear
-- publicly bumps it, whoever writes (the app, seed, restore, import, a test fixture, the sqlite3 shell).
-- Caches of pages and feeds compare it (server/runtime.ts, docs/CACHING.md).
INSERT OR IGNORE INTO `data_version` (`id`, `version`, `changed_at`) VALUES (1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
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
--> statement-breakpoint
CREATE TRIGGER `programs_insert_bumps_data_version` AFTER INSERT ON `programs` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programs_update_bumps_data_version` AFTER UPDATE ON `programs` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `programs_delete_bumps_data_version` AFTER DELETE ON `programs` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `countries_insert_bumps_data_version` AFTER INSERT ON `countries` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `countries_update_bumps_data_version` AFTER UPDATE ON `countries` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `countries_delete_bumps_data_version` AFTER DELETE ON `countries` BEGIN
  UPDATE `data_version` SET `version` = `version` + 1, `changed_at` = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE `id` = 1;
END;
