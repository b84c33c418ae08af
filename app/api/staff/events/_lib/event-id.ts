/** The event id of an API path ("12"), or null for anything else. */
export function eventIdFromPath(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}
