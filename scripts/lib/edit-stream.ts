import type { StaffClient } from "./staff-client";

/**
 * Streams of staff edits through the JSON API (POST /api/staff/events, PATCH /api/staff/events/:id),
 * recording every acknowledged one: a 2xx response means the server committed it, so it must be
 * in the database afterwards, whatever happens to the server next.
 */
export type AckedEdit = { kind: "create" | "update"; id: number; version: number; marker: string; uid?: string };

export type EditLog = {
  acked: AckedEdit[];
  /** Responses that are failures in any case (5xx, unexpected 4xx), with their body. */
  failures: string[];
  /** Requests that got no response at all (connection refused or reset). */
  networkErrors: number;
  latenciesMs: number[];
};

export function newEditLog(): EditLog {
  return { acked: [], failures: [], networkErrors: 0, latenciesMs: [] };
}

type EventJson = { id: number; version: number; uid: string; titleEn: string };

/** A valid new public event whose English title is `marker`. */
export function newEventPayload(marker: string) {
  return {
    kind: "event",
    titleJa: "",
    titleEn: marker,
    sector: "culture",
    countryCode: "TH",
    cityEn: "Bangkok",
    startDate: "2023-11-20",
    startTime: "10:00",
    endDate: "2023-11-20",
    endTime: "12:00",
    timeZone: "Asia/Bangkok",
    publish: true,
  };
}

async function send(log: EditLog, run: () => Promise<Response>): Promise<{ status: number; body: Record<string, unknown> } | null> {
  const started = performance.now();
  let res: Response;
  let text: string;
  try {
    res = await run();
    text = await res.text();
  } catch {
    log.networkErrors += 1;
    return null;
  }
  log.latenciesMs.push(performance.now() - started);
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not JSON: kept in the failure text below.
  }
  if (res.status >= 300) log.failures.push(`${res.status} ${text.slice(0, 300)}`);
  return { status: res.status, body };
}

/** Creates an event; returns it once acknowledged, or null. */
export async function createEvent(client: StaffClient, marker: string, log: EditLog): Promise<EventJson | null> {
  const got = await send(log, () => client.request("/api/staff/events", { method: "POST", json: newEventPayload(marker) }));
  if (got?.status !== 201) return null;
  const event = got.body.event as EventJson;
  log.acked.push({ kind: "create", id: event.id, version: event.version, marker, uid: event.uid });
  return event;
}

/** Sets the English title of event `id` from `version`; returns the new version once acknowledged. */
export async function renameEvent(client: StaffClient, id: number, version: number, marker: string, log: EditLog): Promise<number | null> {
  const got = await send(log, () => client.request(`/api/staff/events/${id}`, { method: "PATCH", json: { version, titleEn: marker } }));
  if (got?.status !== 200) return null;
  const event = got.body.event as EventJson;
  log.acked.push({ kind: "update", id, version: event.version, marker });
  return event.version;
}

/** The event's current version as the server sees it (after a restart an unacknowledged write may have landed). */
export async function currentVersion(client: StaffClient, id: number): Promise<number> {
  const res = await client.request(`/api/staff/events/${id}`);
  if (res.status !== 200) throw new Error(`GET /api/staff/events/${id}: ${res.status}`);
  return ((await res.json()) as { event: EventJson }).event.version;
}

/**
 * One editor's loop until `stop()` says so: keeps renaming its own event, and every `createEvery`
 * edits creates a new one. Stops early at the first request without a response (server gone).
 */
export async function editLoop(
  client: StaffClient,
  event: { id: number; version: number },
  options: { label: string; stop: () => boolean; log: EditLog; createEvery?: number },
): Promise<{ id: number; version: number }> {
  let { version } = event;
  for (let n = 1; !options.stop(); n++) {
    const marker = `${options.label} edit ${n} ${Date.now()}`;
    if (options.createEvery && n % options.createEvery === 0) {
      const before = options.log.networkErrors;
      await createEvent(client, `${options.label} new ${n}`, options.log);
      if (options.log.networkErrors > before) break;
      continue;
    }
    const next = await renameEvent(client, event.id, version, marker, options.log);
    // No response (server gone), or a failure (logged; an own event never conflicts): stop.
    if (next === null) break;
    version = next;
  }
  return { id: event.id, version };
}
