import { currentRuntime } from "./runtime-slot.cjs";

/** Set by the app while it handles a request; read by server/main.mjs when the response goes out. */
export type RequestFacts = { actionRan: boolean };

/**
 * Called first thing by every server action: the action's own code ran, so whatever the response
 * turns out to be is the action's (server/undecodable-action.mjs tells it from a request whose
 * arguments Next could not even decode).
 */
export function markActionRan(): void {
  const facts = currentRuntime()?.requests.getStore();
  if (facts) facts.actionRan = true;
}
