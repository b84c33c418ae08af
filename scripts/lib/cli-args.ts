import { parseArgs } from "node:util";
import { z } from "zod";

/**
 * Parses `--name value` options with zod: every option is a string on the command line and the
 * schema coerces and checks it. On a bad option, prints the problem and the usage, and exits 2.
 */
export function cliOptions<T extends z.ZodRawShape>(shape: T, usage: string, argv = process.argv.slice(2)): z.infer<z.ZodObject<T>> {
  const schema = z.object(shape).strict();
  let values: Record<string, unknown>;
  try {
    const options = Object.fromEntries(Object.keys(shape).map((k) => [k, { type: "string" as const }]));
    values = parseArgs({ args: argv, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    console.error(`${z.prettifyError(parsed.error)}\n\n${usage}`);
    process.exit(2);
  }
  return parsed.data;
}
