import { z } from "zod";

/**
 * A list's page number from a URL (public schedule, staff list). Page 1 is the default and reads
 * as absent: the canonical query of a view leaves it out, and must read back to the same filters.
 */
export const pageNumberSchema = z
  .number()
  .int()
  .min(1)
  .max(100_000)
  .transform((page) => (page === 1 ? undefined : page));
