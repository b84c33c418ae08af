import { snapshotVersion, type EventSnapshot } from "./event-snapshot";

/**
 * Every audit entry as one sentence in the page's language (the admin change log and an event's
 * history): a message key under "audit.sentence" and its values. The entry's `detail` is read
 * here, the only place that knows how each action wrote it: "ip=… purpose=…" for sign-ins, the
 * account's email for user changes, "v2 (#385)" or "2" for a restore, "#12" for a copy, "up" or
 * "#12 up" for a reorder. Ids of other events are returned for the page to name them.
 */
export type AuditEntryFacts = {
  action: string;
  detail: string;
  before: EventSnapshot | null;
  after: EventSnapshot | null;
  /** Who did it: their name or email, or null for the system (or a deleted account). */
  actor: string | null;
};

export type AuditSentence = {
  key: string;
  values: Record<string, string | number>;
  /** Values that are instants (ISO), for the page to write in the staff time zone. */
  instants: Record<string, string>;
  /** Values that are event ids, for the page to replace with the event's title. */
  events: Record<string, number>;
};

/** "ip=10.0.0.1 purpose=sign_in" → { ip, purpose }; bare words (a lockout's scope) under `_`. */
export function detailFields(detail: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const token of detail.split(/\s+/).filter(Boolean)) {
    const eq = token.indexOf("=");
    if (eq > 0) fields[token.slice(0, eq)] = token.slice(eq + 1);
    else fields._ ??= token;
  }
  return fields;
}

const EVENT_ACTIONS = new Set(["create", "update", "publish", "unpublish", "cancel", "uncancel", "delete", "redact", "import", "import_undo"]);
const USER_ACTIONS = new Set(["create", "disable", "enable", "password_reset", "password_change"]);

export function auditSentence(entry: AuditEntryFacts): AuditSentence {
  const actor = entry.actor ?? "";
  const sentence = (key: string, values: Record<string, string | number> = {}, extra: Partial<AuditSentence> = {}): AuditSentence => ({
    key,
    values: { actor, ...values },
    instants: extra.instants ?? {},
    events: extra.events ?? {},
  });
  const [area, verb] = entry.action.split(".") as [string, string | undefined];
  const detail = detailFields(entry.detail);
  if (area === "event" && verb) {
    if (EVENT_ACTIONS.has(verb)) return sentence(`event.${verb}`);
    if (verb === "duplicate") {
      const source = Number(/^#(\d+)$/.exec(entry.detail)?.[1]);
      return Number.isSafeInteger(source) && source > 0 ? sentence("event.duplicate", {}, { events: { source } }) : sentence("event.duplicateUnknown");
    }
    if (verb === "restore") {
      const version = /^v?(\d+)\b/.exec(entry.detail)?.[1];
      return version ? sentence("event.restore", { version: Number(version) }) : sentence("event.restoreUnknown");
    }
    if (verb === "reorder") {
      const [first, second] = entry.detail.split(" ");
      const direction = (second ?? first) === "up" ? "up" : "down";
      const other = Number(/^#(\d+)$/.exec(first)?.[1]);
      return second && Number.isSafeInteger(other) ? sentence("event.reorderOther", { direction }, { events: { other } }) : sentence("event.reorder", { direction });
    }
  }
  if (area === "country" && verb === "update") return sentence("country.update", { country: entry.detail });
  // "csv events.csv: +3 ~1 =0 skipped 2" (apply) or "csv events.csv" (undo): the format and the file's name.
  if (area === "import" && (verb === "apply" || verb === "undo")) return sentence(`import.${verb}`, { file: /^\S+ (.*?)(?:: \+\d+ ~\d+ =\d+ skipped \d+)?$/s.exec(entry.detail)?.[1] ?? entry.detail });
  if (area === "auth") {
    const ip = detail.ip ?? "?";
    if (verb === "sign_in") return sentence(detail.purpose === "reauth" ? "auth.reauth" : "auth.sign_in", { ip });
    if (verb === "sign_out") return sentence("auth.sign_out");
    if (verb === "sign_in_failed") {
      const reason = ["unknown_email", "wrong_password", "disabled"].includes(detail.reason) ? detail.reason : "other";
      return sentence(detail.purpose === "reauth" ? "auth.reauth_failed" : "auth.sign_in_failed", { email: detail.email ?? "?", ip, reason });
    }
    if (verb === "locked_out") {
      const scope = ["pair", "account", "device", "address"].includes(detail._) ? detail._ : "other";
      return sentence("auth.locked_out", { email: detail.email ?? "?", ip, scope }, { instants: detail.until ? { until: detail.until } : {} });
    }
  }
  if (area === "user" && verb) {
    if (verb === "role_change") return sentence("user.role_change", { email: entry.detail, before: String(entry.before?.role ?? ""), after: String(entry.after?.role ?? "") });
    // An account added or a password set by an admin for someone else is temporary (older entries do not say).
    const temporary = entry.after?.mustChangePassword === true ? "yes" : "no";
    if (USER_ACTIONS.has(verb)) return sentence(`user.${verb}`, { email: entry.detail, role: String(entry.after?.role ?? ""), temporary });
  }
  return sentence("unknown", { action: entry.action });
}

/** The version an event entry wrote, for "Version 4" (null for entries of other kinds). */
export function entryVersion(entry: Pick<AuditEntryFacts, "after">): number | null {
  return snapshotVersion(entry.after);
}
