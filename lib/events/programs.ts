/** Slug of the anniversary youth exchange program, shown at /youth-program. */
export const YOUTH_PROGRAM_SLUG = "youth-exchange-program-2023";

/** Splits a program's events into top-level phases, each with its items, keeping the given order. */
export function itineraryPhases<T extends { id: number; parentId: number | null }>(events: T[]): { phase: T; items: T[] }[] {
  const ids = new Set(events.map((e) => e.id));
  const phases = events.filter((e) => e.parentId === null || !ids.has(e.parentId));
  return phases.map((phase) => ({ phase, items: events.filter((e) => e.parentId === phase.id) }));
}
