/**
 * The reason for a cancellation is public text in both languages (events.cancel_reason/_en).
 * Before, it was one column typed in one language: drizzle/0008 moved each old reason to the
 * column of its language by the rule below, and old audit snapshots are read by the same rule.
 */

/** Japanese script: CJK punctuation, kana, CJK ideographs, half-width katakana (the GLOB ranges of drizzle/0008). */
const JAPANESE_SCRIPT = /[\u3000-\u303F\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]/;

/** A reason typed in one language, in the column of that language: Japanese script makes it Japanese. */
export function cancelReasonOfOneLanguage(reason: string): { cancelReason: string; cancelReasonEn: string } {
  if (reason === "") return { cancelReason: "", cancelReasonEn: "" };
  return JAPANESE_SCRIPT.test(reason) ? { cancelReason: reason, cancelReasonEn: "" } : { cancelReason: "", cancelReasonEn: reason };
}
