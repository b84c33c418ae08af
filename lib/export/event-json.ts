const encoder = new TextEncoder();
const BATCH = 1000;

/**
 * A view's events as JSON, { "data": [ … ] } with the API's event objects, in chunks as a large
 * view is read in batches (never one string of every event).
 */
export function eventsJsonChunks<E>(events: Iterable<E>, toJson: (event: E) => unknown): Uint8Array[] {
  const chunks = [encoder.encode('{"data":[')];
  let batch: string[] = [];
  let first = true;
  const flush = () => {
    if (batch.length) chunks.push(encoder.encode(`${first ? "" : ","}${batch.join(",")}`));
    if (batch.length) first = false;
    batch = [];
  };
  for (const event of events) {
    batch.push(JSON.stringify(toJson(event)));
    if (batch.length === BATCH) flush();
  }
  flush();
  chunks.push(encoder.encode("]}"));
  return chunks;
}
