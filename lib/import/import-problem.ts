import type { ErrorCode, ErrorValues } from "@/lib/errors";

/** Something wrong with an import, as a code with its message's values: translated where it is shown. */
export type ImportProblem = { code: ErrorCode; values?: ErrorValues };
