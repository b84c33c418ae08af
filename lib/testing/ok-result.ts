/** The success of a write's result (`{ ok: true, … }`), or a thrown error naming the failure: for arranging test data. */
export function okResult<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}
