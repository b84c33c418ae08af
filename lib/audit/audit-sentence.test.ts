import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { EVENT_AUDIT_ACTIONS, IMPORT_AUDIT_ACTIONS } from "./event-audit-actions";
import { auditSentence, detailFields } from "./audit-sentence";

const entry = (action: string, detail = "", extra: Partial<Parameters<typeof auditSentence>[0]> = {}) => ({ action, detail, before: null, after: null, actor: "Alice", ...extra });

describe("auditSentence", () => {
  it("reads every detail format the log holds", () => {
    expect(detailFields("pair email=a@x.test ip=10.0.0.1 device=known until=2023-06-01T05:05:00.000Z")).toEqual({ _: "pair", email: "a@x.test", ip: "10.0.0.1", device: "known", until: "2023-06-01T05:05:00.000Z" });
    expect(auditSentence(entry("auth.sign_in", "ip=127.0.0.1 purpose=sign_in"))).toMatchObject({ key: "auth.sign_in", values: { actor: "Alice", ip: "127.0.0.1" } });
    expect(auditSentence(entry("auth.sign_in", "ip=127.0.0.1 purpose=reauth")).key).toBe("auth.reauth");
    expect(auditSentence(entry("auth.sign_in_failed", "email=b@x.test ip=10.0.0.2 reason=wrong_password purpose=sign_in", { actor: null }))).toMatchObject({
      key: "auth.sign_in_failed",
      values: { email: "b@x.test", ip: "10.0.0.2", reason: "wrong_password" },
    });
    expect(auditSentence(entry("auth.locked_out", "account email=b@x.test ip=10.0.0.2 until=2023-06-01T05:05:00.000Z"))).toMatchObject({
      key: "auth.locked_out",
      values: { scope: "account" },
      instants: { until: "2023-06-01T05:05:00.000Z" },
    });
    expect(auditSentence(entry("user.role_change", "b@x.test", { before: { role: "editor" }, after: { role: "admin" } }))).toMatchObject({
      key: "user.role_change",
      values: { email: "b@x.test", before: "editor", after: "admin" },
    });
    expect(auditSentence(entry("event.restore", "v2 (#385)"))).toMatchObject({ key: "event.restore", values: { version: 2 } });
    expect(auditSentence(entry("event.restore", "3"))).toMatchObject({ key: "event.restore", values: { version: 3 } });
    expect(auditSentence(entry("event.duplicate", "#12"))).toMatchObject({ key: "event.duplicate", events: { source: 12 } });
    expect(auditSentence(entry("event.reorder", "#12 up"))).toMatchObject({ key: "event.reorderOther", values: { direction: "up" }, events: { other: 12 } });
    expect(auditSentence(entry("event.reorder", "down"))).toMatchObject({ key: "event.reorder", values: { direction: "down" } });
    expect(auditSentence(entry("country.update", "TH"))).toMatchObject({ key: "country.update", values: { country: "TH" } });
    expect(auditSentence(entry("import.apply", "csv 予定 2023.csv: +3 ~1 =0 skipped 2"))).toMatchObject({ key: "import.apply", values: { file: "予定 2023.csv" } });
    expect(auditSentence(entry("import.undo", "ics ministry.ics"))).toMatchObject({ key: "import.undo", values: { file: "ministry.ics" } });
    expect(auditSentence(entry("something.new"))).toMatchObject({ key: "unknown", values: { action: "something.new" } });
  });

  it("says when an admin set a temporary password (a new account, a reset), in both languages", () => {
    const text = (locale: "ja" | "en", facts: ReturnType<typeof entry>) => {
      const { key, values } = auditSentence(facts);
      const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "audit.sentence" }) as unknown as (key: string, values: object) => string;
      return t(key, values);
    };
    const reset = entry("user.password_reset", "b@x.test", { after: { mustChangePassword: true } });
    const ownReset = entry("user.password_reset", "alice@x.test", { after: { mustChangePassword: false } });
    const created = entry("user.create", "b@x.test", { after: { role: "editor", mustChangePassword: true } });
    const byCli = entry("user.create", "b@x.test", { actor: "The system", after: { role: "admin", mustChangePassword: false } });
    expect(text("en", reset)).toBe("Alice set a temporary password for b@x.test: it was signed out.");
    expect(text("ja", reset)).toBe("Aliceが b@x.test のパスワードを仮パスワードに再設定しました（サインアウトされました）。");
    expect(text("en", ownReset)).toBe("Alice set a new password for alice@x.test: it was signed out.");
    // Entries from before the flag existed read as before.
    expect(text("en", entry("user.password_reset", "b@x.test"))).toBe("Alice set a new password for b@x.test: it was signed out.");
    expect(text("en", created)).toBe("Alice added the account b@x.test (editor), with a temporary password.");
    expect(text("ja", created)).toBe("Aliceがアカウント b@x.test（editor）を仮パスワードで追加しました。");
    expect(text("en", byCli)).toBe("The system added the account b@x.test (admin).");
    expect(text("ja", byCli)).toBe("The systemがアカウント b@x.test（admin）を追加しました。");
  });

  it("has a sentence in both languages for every action the app records", () => {
    const actions = [
      ...EVENT_AUDIT_ACTIONS,
      ...IMPORT_AUDIT_ACTIONS,
      "country.update", "auth.sign_in", "auth.sign_in_failed", "auth.locked_out", "auth.sign_out",
      "user.create", "user.disable", "user.enable", "user.role_change", "user.password_reset", "user.password_change",
    ];
    const keys = new Set(actions.flatMap((a) => [auditSentence(entry(a, "#1 up")).key, auditSentence(entry(a, "ip=1 purpose=reauth")).key, auditSentence(entry(a, "2")).key]));
    keys.add("unknown");
    for (const locale of ["ja", "en"] as const) {
      const sentences = (loadMessages(locale).audit as { sentence: Record<string, Record<string, string> | string> }).sentence;
      for (const key of keys) {
        const [group, name] = key.split(".");
        const text = name ? (sentences[group] as Record<string, string>)?.[name] : sentences[group];
        expect(typeof text, `${locale}: audit.sentence.${key}`).toBe("string");
      }
    }
    expect(keys.has("unknown")).toBe(true);
    for (const action of actions) expect(auditSentence(entry(action, "#1 up")).key, action).not.toBe("unknown");
  });
});
