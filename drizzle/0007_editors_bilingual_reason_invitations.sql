ALTER TABLE `events` RENAME COLUMN `cancel_reason` TO `cancel_reason_ja`;--> statement-breakpoint
ALTER TABLE `events` ADD `cancel_reason_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Reasons were typed in one language: one without Japanese script (kana, CJK ideographs and
-- punctuation, half-width katakana) is English and moves to its column (lib/events/cancel-reason.ts).
UPDATE `events` SET `cancel_reason_en` = `cancel_reason_ja`, `cancel_reason_ja` = '' WHERE `cancel_reason_ja` <> '' AND `cancel_reason_ja` NOT GLOB '*[　-〿぀-ヿ㐀-鿿豈-﫿ｦ-ﾟ]*';--> statement-breakpoint
CREATE TABLE `user_invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`purpose` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_invitations_token_hash_unique` ON `user_invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `user_invitations_user_idx` ON `user_invitations` (`user_id`);
