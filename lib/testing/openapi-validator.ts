/**
 * Test support: validates real answers against the OpenAPI document (ajv, JSON Schema 2020-12,
 * which OpenAPI 3.1 schemas are, with the formats it names). Used by route tests and e2e.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>; components: unknown };

export function openApiValidator(doc: Doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  return {
    /** The schema errors of `body` as the answer `status` of `method path` (a path as the document writes it), or [] when it conforms. */
    errors(path: string, method: string, status: number, body: unknown, contentType = "application/json"): string[] {
      const key = `${method} ${path} ${status} ${contentType}`;
      let validate = compiled.get(key);
      if (!validate) {
        const schema = doc.paths[path]?.[method]?.responses[String(status)]?.content?.[contentType]?.schema;
        if (!schema) return [`the document has no ${contentType} answer ${status} for ${method.toUpperCase()} ${path}`];
        validate = ajv.compile({ ...(schema as object), components: doc.components });
        compiled.set(key, validate);
      }
      return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    },
  };
}
