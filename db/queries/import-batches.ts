import "server-only";
import { and, desc, eq, lt, ne } from "drizzle-orm";
import { eventSnapshot, snapshotToPatch, snapshotVersion } from "@/lib/audit/event-snapshot";
import { editPatchFromPatch } from "@/lib/events/event-edit-restore";
import { slugCandidate, slugFromTitle } from "@/lib/events/event-edit-slug";
import { createDefaults, type ImportFormat, type ImportOptions, readImportFile, readImportText } from "@/lib/import/import-file";
import { type ImportPlan, isApplicable, planImport } from "@/lib/import/import-plan";
import type { ImportProblem } from "@/lib/import/import-problem";
import { PREVIEW_TTL_MS } from "@/lib/import/limits";
import type { FileEncoding } from "@/lib/import/decode-file";
import { parsePlannedInputs, serializePlannedInputs } from "@/lib/import/planned-inputs";
import { getDb, type Db } from "../client";
import { auditLog, events, importBatches, users, type Event, type ImportBatch } from "../schema";
import { writeTransaction } from "../transaction";
import { eventWasEverPublic, recordAudit, recordImportAudit } from "./audit";
import { importLookup, takenSlugs } from "./import-lookup";
import { insertEvents, newEventUid } from "./staff-events";
import { loadEvent, slugProblem, writeChange, type Actor } from "./staff-events-shared";

/**
 * Imports as batches: a preview is read and planned (lib/import) without writing any event; when
 * every row is valid the decoded file is kept with the plan's fingerprint and checked values, so
 * that apply re-reads the same file in its one write transaction, re-plans against the events as
 * they are then (values checked again only for rows whose event changed), and
 * writes only if the plan is still the one previewed (optimistic locking for a whole file). Every
 * event write carries the batch's id in its audit entry; an admin's undo puts back, in one
 * transaction, what the batch wrote, unless an event was changed since.
 */

/** What the preview and apply need besides the file: the importer's choices and the site's zone. */
export type ImportSettings = ImportOptions & { siteZone: string };

export type PreviewResult =
  | { ok: true; format: ImportFormat; encoding: FileEncoding; plan: ImportPlan; batchId: number | null }
  | { ok: false; problem: ImportProblem; encoding?: FileEncoding };

/** Reads and plans an upload; keeps it as a preview (its id returned) when it can be applied. Writes no event. */
export function previewImport(file: { bytes: Uint8Array; name: string }, settings: ImportSettings, actor: Actor, db: Db = getDb()): PreviewResult {
  const read = readImportFile(file.bytes, file.name, settings, settings.siteZone);
  if (!read.ok) return read;
  const plan = planImport(read.rows, importLookup(read.rows, db), createDefaults(read.format, settings, settings.siteZone));
  if (!isApplicable(plan)) return { ok: true, format: read.format, encoding: read.encoding, plan, batchId: null };
  const now = actor.now ?? new Date();
  const batchId = writeTransaction(db, (tx) => {
    tx.delete(importBatches).where(and(eq(importBatches.status, "preview"), lt(importBatches.createdAt, new Date(now.getTime() - PREVIEW_TTL_MS)))).run();
    return tx
      .insert(importBatches)
      .values({
        status: "preview",
        format: read.format,
        fileName: file.name.slice(0, 200),
        encoding: read.encoding,
        sourceText: read.text,
        options: { icsLanguage: settings.icsLanguage, kind: settings.kind, sector: settings.sector, host: settings.host, siteZone: settings.siteZone },
        planFingerprint: plan.fingerprint,
        plannedInputs: serializePlannedInputs(plan),
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning({ id: importBatches.id })
      .get().id;
  });
  return { ok: true, format: read.format, encoding: read.encoding, plan, batchId };
}

function settingsOf(batch: ImportBatch): ImportSettings {
  const o = batch.options;
  return { icsLanguage: o.icsLanguage === "en" ? "en" : "ja", kind: o.kind, sector: o.sector, host: o.host, siteZone: o.siteZone } as ImportSettings;
}

/** The batch's file planned against the events as they are now (in `db`, the caller's transaction). */
function replan(batch: ImportBatch, db: Db): ImportPlan {
  const settings = settingsOf(batch);
  const read = readImportText(batch.sourceText, batch.format, settings, settings.siteZone);
  if (!read.ok) throw new Error(`Import batch ${batch.id}: its stored file no longer reads (${read.problem.code})`);
  return planImport(read.rows, importLookup(read.rows, db), createDefaults(batch.format, settings, settings.siteZone), parsePlannedInputs(batch.plannedInputs));
}

export type ApplyResult =
  | { ok: true; batch: ImportBatch }
  | { ok: false; code: "not_found" | "expired" | "already_applied" }
  | { ok: false; code: "changed" | "not_applicable"; plan: ImportPlan; batch: ImportBatch };

/**
 * New events' slugs: the first free one for each base (base, base-2…), the bases' first
 * candidates checked in a few queries up front, every slug given out remembered (a file may
 * repeat a title, and a row may name a slug another row's title would give).
 */
function slugAllocator(tx: Db, bases: string[], claimed: Set<string>) {
  const taken = takenSlugs(tx, [...new Set(bases)]);
  const next = new Map<string, number>();
  const isFree = (candidate: string, attempt: number) => !claimed.has(candidate) && (attempt === 1 ? !taken.has(candidate) : !slugProblem(tx, null, candidate));
  return (base: string) => {
    for (let attempt = next.get(base) ?? 1; ; attempt++) {
      const candidate = slugCandidate(base, attempt);
      if (isFree(candidate, attempt)) {
        next.set(base, attempt + 1);
        claimed.add(candidate);
        return candidate;
      }
    }
  };
}

function writePlan(tx: Db, plan: ImportPlan, batchId: number, publish: boolean, actor: Actor, now: Date): void {
  const audit = { action: "event.import" as const, actor: { ...actor, now }, batchId, detail: `#${batchId}` };
  const creates = plan.rows.filter((r) => r.outcome === "create" && r.input).map((r) => ({ input: r.input!, uid: r.uid ?? newEventUid() }));
  const bases = creates.map((c) => (c.input.slug ? null : slugFromTitle(c.input.titleEn, c.uid)));
  const freeSlug = slugAllocator(tx, bases.filter((b): b is string => b !== null), new Set(creates.flatMap((c) => (c.input.slug ? [c.input.slug] : []))));
  const status = publish ? ("published" as const) : ("draft" as const);
  insertEvents(
    tx,
    creates.map((c, i) => ({ ...c.input, uid: c.uid, slug: c.input.slug ?? freeSlug(bases[i]!), status, createdAt: now, updatedAt: now, updatedBy: actor.userId })),
    audit,
  );
  for (const row of plan.rows) {
    if (row.outcome !== "update" || !row.target || !row.patch) continue;
    if (!writeChange(tx, row.target, row.target.version, row.patch, audit)) throw new Error(`Event ${row.target.id} changed inside a write transaction`);
  }
}

/**
 * Applies a preview: all of its rows or none, as one audited batch. New events are drafts unless
 * `publish`. Refused when the preview is not the actor's, expired or already applied; when the
 * events changed since the preview, nothing is written and the new plan is returned (and becomes
 * the preview to apply).
 */
export function applyImport(batchId: number, opts: { publish: boolean }, actor: Actor, db: Db = getDb()): ApplyResult {
  return writeTransaction(db, (tx): ApplyResult => {
    const batch = tx.select().from(importBatches).where(eq(importBatches.id, batchId)).get();
    if (!batch || batch.createdBy !== actor.userId) return { ok: false, code: "not_found" };
    if (batch.status !== "preview") return { ok: false, code: "already_applied" };
    const now = actor.now ?? new Date();
    if (now.getTime() - batch.createdAt.getTime() > PREVIEW_TTL_MS) return { ok: false, code: "expired" };
    const plan = replan(batch, tx);
    if (plan.fingerprint !== batch.planFingerprint) {
      tx.update(importBatches).set({ planFingerprint: plan.fingerprint, plannedInputs: serializePlannedInputs(plan) }).where(eq(importBatches.id, batchId)).run();
      return { ok: false, code: "changed", plan, batch };
    }
    if (!isApplicable(plan)) return { ok: false, code: "not_applicable", plan, batch };
    writePlan(tx, plan, batchId, opts.publish, actor, now);
    const { create: created, update: updated, unchanged, skipped } = plan.counts;
    const applied = tx
      .update(importBatches)
      .set({ status: "applied", appliedAt: now, published: opts.publish, created, updated, unchanged, skipped, sourceText: "", plannedInputs: "" })
      .where(eq(importBatches.id, batchId))
      .returning()
      .get();
    recordImportAudit(tx, { at: now, userId: actor.userId, action: "import.apply", batchId, detail: `${batch.format} ${batch.fileName}: +${created} ~${updated} =${unchanged} skipped ${skipped}` });
    return { ok: true, batch: applied };
  });
}

export type UndoResult =
  | { ok: true; batch: ImportBatch }
  | { ok: false; code: "not_found" | "not_applied" | "already_undone" }
  | { ok: false; code: "conflict"; events: Pick<Event, "id" | "titleJa" | "titleEn">[] };

/**
 * Undoes an applied batch in one transaction: an event it created is removed (deleted outright if
 * it never was public, so its slug is free again; else soft-deleted, so calendars drop it), an
 * event it updated is put back as it was before. Refused, writing nothing, when any of them was
 * changed after the import (or a created one has items under it now).
 */
export function undoImport(batchId: number, actor: Actor, db: Db = getDb()): UndoResult {
  return writeTransaction(db, (tx): UndoResult => {
    const batch = tx.select().from(importBatches).where(eq(importBatches.id, batchId)).get();
    if (!batch) return { ok: false, code: "not_found" };
    if (batch.status === "preview") return { ok: false, code: "not_applied" };
    if (batch.status === "undone") return { ok: false, code: "already_undone" };
    const entries = tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.batchId, batchId), eq(auditLog.action, "event.import")))
      .orderBy(desc(auditLog.id))
      .all();
    const targets = entries.map((entry) => ({ entry, current: entry.entityId === null ? undefined : loadEvent(tx, entry.entityId) }));
    const changed = targets.filter(({ entry, current }) => {
      if (!current || current.version !== snapshotVersion(entry.after)) return true;
      return entry.before === null && tx.select({ id: events.id }).from(events).where(eq(events.parentId, current.id)).limit(1).get() !== undefined;
    });
    if (changed.length > 0) {
      return { ok: false, code: "conflict", events: changed.map(({ entry, current }) => ({ id: entry.entityId ?? 0, titleJa: current?.titleJa ?? "", titleEn: current?.titleEn ?? "" })) };
    }
    const now = actor.now ?? new Date();
    const audit = { action: "event.import_undo" as const, actor: { ...actor, now }, batchId, detail: `#${batchId}` };
    for (const { entry, current } of targets) {
      const event = current!;
      if (entry.before === null && event.status === "draft" && !eventWasEverPublic(event.id, tx)) {
        tx.delete(events).where(eq(events.id, event.id)).run();
        recordAudit(tx, { at: now, userId: actor.userId, action: "event.import_undo", eventId: event.id, before: eventSnapshot(event), after: null, detail: audit.detail, batchId });
        continue;
      }
      const patch = entry.before === null ? { deletedAt: now } : editPatchFromPatch(event, snapshotToPatch(entry.before));
      if (Object.keys(patch).length > 0 && !writeChange(tx, event, event.version, patch, audit)) throw new Error(`Event ${event.id} changed inside a write transaction`);
    }
    const undone = tx.update(importBatches).set({ status: "undone", undoneAt: now, undoneBy: actor.userId }).where(eq(importBatches.id, batchId)).returning().get();
    recordImportAudit(tx, { at: now, userId: actor.userId, action: "import.undo", batchId, detail: `${batch.format} ${batch.fileName}` });
    return { ok: true, batch: undone };
  });
}

export function getImportBatch(id: number, db: Db = getDb()): ImportBatch | undefined {
  return db.select().from(importBatches).where(eq(importBatches.id, id)).get();
}

/** Applied and undone batches, newest first, with who applied them (previews are private and short-lived). */
export function listImportBatches(limit = 20, db: Db = getDb()) {
  return db
    .select({ batch: importBatches, userName: users.name, userEmail: users.email })
    .from(importBatches)
    .leftJoin(users, eq(users.id, importBatches.createdBy))
    .where(ne(importBatches.status, "preview"))
    .orderBy(desc(importBatches.id))
    .limit(limit)
    .all();
}

/** The events a batch wrote (ids from its audit entries), for its page. */
export function listBatchEventIds(batchId: number, db: Db = getDb()): number[] {
  return db
    .select({ id: auditLog.entityId })
    .from(auditLog)
    .where(and(eq(auditLog.batchId, batchId), eq(auditLog.action, "event.import")))
    .orderBy(auditLog.id)
    .all()
    .map((r) => r.id!)
    .filter((id) => id !== null);
}
