CREATE TABLE `search_texts` (
	`owner` text NOT NULL,
	`owner_id` integer NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`owner`, `owner_id`)
);
--> statement-breakpoint
-- Custom SQL from here on (keep it when regenerating this migration). The public search reads
-- search_texts (db/queries/event-conditions.ts). Triggers keep it, whoever writes, as they keep the
-- data version (0002). Triggers on events and programs write the raw text; the trigger on
-- search_texts folds it in place: full-width ASCII, the ideographic space, typographic quotes and
-- dashes to ASCII, then ASCII lower case. The replace() chain is lib/events/schedule-search.ts
-- SEARCH_FOLDS, in order (db/queries/search-texts.test.ts checks that they agree).
CREATE TRIGGER `search_texts_fold` AFTER INSERT ON `search_texts` BEGIN
  UPDATE `search_texts` SET `text` = lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.`text`, '！', '!'), '＂', '"'), '＃', '#'), '＄', '$'), '％', '%'), '＆', '&'), '＇', ''''), '（', '('), '）', ')'), '＊', '*'), '＋', '+'), '，', ','), '－', '-'), '．', '.'), '／', '/'), '０', '0'), '１', '1'), '２', '2'), '３', '3'), '４', '4'), '５', '5'), '６', '6'), '７', '7'), '８', '8'), '９', '9'), '：', ':'), '；', ';'), '＜', '<'), '＝', '='), '＞', '>'), '？', '?'), '＠', '@'), 'Ａ', 'A'), 'Ｂ', 'B'), 'Ｃ', 'C'), 'Ｄ', 'D'), 'Ｅ', 'E'), 'Ｆ', 'F'), 'Ｇ', 'G'), 'Ｈ', 'H'), 'Ｉ', 'I'), 'Ｊ', 'J'), 'Ｋ', 'K'), 'Ｌ', 'L'), 'Ｍ', 'M'), 'Ｎ', 'N'), 'Ｏ', 'O'), 'Ｐ', 'P'), 'Ｑ', 'Q'), 'Ｒ', 'R'), 'Ｓ', 'S'), 'Ｔ', 'T'), 'Ｕ', 'U'), 'Ｖ', 'V'), 'Ｗ', 'W'), 'Ｘ', 'X'), 'Ｙ', 'Y'), 'Ｚ', 'Z'), '［', '['), '＼', '\'), '］', ']'), '＾', '^'), '＿', '_'), '｀', '`'), 'ａ', 'a'), 'ｂ', 'b'), 'ｃ', 'c'), 'ｄ', 'd'), 'ｅ', 'e'), 'ｆ', 'f'), 'ｇ', 'g'), 'ｈ', 'h'), 'ｉ', 'i'), 'ｊ', 'j'), 'ｋ', 'k'), 'ｌ', 'l'), 'ｍ', 'm'), 'ｎ', 'n'), 'ｏ', 'o'), 'ｐ', 'p'), 'ｑ', 'q'), 'ｒ', 'r'), 'ｓ', 's'), 'ｔ', 't'), 'ｕ', 'u'), 'ｖ', 'v'), 'ｗ', 'w'), 'ｘ', 'x'), 'ｙ', 'y'), 'ｚ', 'z'), '｛', '{'), '｜', '|'), '｝', '}'), '～', '~'), '　', ' '), '‘', ''''), '’', ''''), '‚', ''''), '‛', ''''), '“', '"'), '”', '"'), '„', '"'), '‟', '"'), '‐', '-'), '‑', '-'), '‒', '-'), '–', '-'), '—', '-'), '―', '-'), '−', '-'))
  WHERE `owner` = NEW.`owner` AND `owner_id` = NEW.`owner_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `events_search_text_insert` AFTER INSERT ON `events` BEGIN
  INSERT OR REPLACE INTO `search_texts` (`owner`, `owner_id`, `text`) VALUES ('event', NEW.`id`, NEW.`title_ja` || char(31) || NEW.`title_en` || char(29) || NEW.`city_ja` || char(31) || NEW.`city_en` || char(31) || NEW.`venue_ja` || char(31) || NEW.`venue_en`);
END;
--> statement-breakpoint
CREATE TRIGGER `events_search_text_update` AFTER UPDATE OF `title_ja`, `title_en`, `city_ja`, `city_en`, `venue_ja`, `venue_en` ON `events` BEGIN
  INSERT OR REPLACE INTO `search_texts` (`owner`, `owner_id`, `text`) VALUES ('event', NEW.`id`, NEW.`title_ja` || char(31) || NEW.`title_en` || char(29) || NEW.`city_ja` || char(31) || NEW.`city_en` || char(31) || NEW.`venue_ja` || char(31) || NEW.`venue_en`);
END;
--> statement-breakpoint
CREATE TRIGGER `events_search_text_delete` AFTER DELETE ON `events` BEGIN
  DELETE FROM `search_texts` WHERE `owner` = 'event' AND `owner_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `programs_search_text_insert` AFTER INSERT ON `programs` BEGIN
  INSERT OR REPLACE INTO `search_texts` (`owner`, `owner_id`, `text`) VALUES ('program', NEW.`id`, NEW.`name_ja` || char(31) || NEW.`name_en`);
END;
--> statement-breakpoint
CREATE TRIGGER `programs_search_text_update` AFTER UPDATE OF `name_ja`, `name_en` ON `programs` BEGIN
  INSERT OR REPLACE INTO `search_texts` (`owner`, `owner_id`, `text`) VALUES ('program', NEW.`id`, NEW.`name_ja` || char(31) || NEW.`name_en`);
END;
--> statement-breakpoint
CREATE TRIGGER `programs_search_text_delete` AFTER DELETE ON `programs` BEGIN
  DELETE FROM `search_texts` WHERE `owner` = 'program' AND `owner_id` = OLD.`id`;
END;
--> statement-breakpoint
INSERT OR REPLACE INTO `search_texts` (`owner`, `owner_id`, `text`)
  SELECT 'event', `id`, `title_ja` || char(31) || `title_en` || char(29) || `city_ja` || char(31) || `city_en` || char(31) || `venue_ja` || char(31) || `venue_en` FROM `events`;
--> statement-breakpoint
INSERT OR REPLACE INTO `search_texts` (`owner`, `owner_id`, `text`)
  SELECT 'program', `id`, `name_ja` || char(31) || `name_en` FROM `programs`;
