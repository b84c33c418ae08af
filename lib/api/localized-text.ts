import { z } from "zod";

/** Every text of the API comes in both languages; one schema, one OpenAPI component. */
export const localizedTextSchema = z
  .object({ ja: z.string(), en: z.string() })
  .meta({ id: "LocalizedText", description: "The same text in Japanese and English; either may be empty when the source gives only one." });
