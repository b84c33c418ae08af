-- Reasons were typed in one language into cancel_reason: one without Japanese script (kana, CJK
-- ideographs and punctuation, half-width katakana) is English and moves to cancel_reason_en
-- (lib/events/cancel-reason.ts has the same rule for old audit snapshots).
UPDATE `events` SET `cancel_reason_en` = `cancel_reason`, `cancel_reason` = '' WHERE `cancel_reason` <> '' AND `cancel_reason_en` = '' AND `cancel_reason` NOT GLOB '*[　-〿぀-ヿ㐀-鿿豈-﫿ｦ-ﾟ]*';
