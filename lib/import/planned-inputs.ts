import type { EventInput } from "@/lib/validation/event-input";
import type { ImportPlan } from "./import-plan";

/**
 * A preview's checked rows, kept with it so that apply re-checks only what depends on the stored
 * events (which event a row names, and that event's version, slugs, parents) and not every value
 * again: the same row read against the same version of its event gives the same values.
 */
export type PlannedInput = { targetId: number | null; targetVersion: number | null; input: EventInput };

export function serializePlannedInputs(plan: ImportPlan): string {
  const rows = plan.rows.filter((r) => r.input).map((r) => [r.position, r.target?.id ?? null, r.target?.version ?? null, r.input]);
  return JSON.stringify(rows);
}

const INSTANTS = ["startAt", "endAt"] as const;

export function parsePlannedInputs(json: string): Map<number, PlannedInput> {
  const planned = new Map<number, PlannedInput>();
  if (!json) return planned;
  for (const [position, targetId, targetVersion, input] of JSON.parse(json) as [number, number | null, number | null, Record<string, unknown>][]) {
    for (const field of INSTANTS) input[field] = input[field] === null ? null : new Date(input[field] as string);
    planned.set(position, { targetId, targetVersion, input: input as EventInput });
  }
  return planned;
}
