import "server-only";
import { problemJson } from "@/lib/api/import-preview-json";
import type { ImportProblem } from "@/lib/import/import-problem";
import { IMPORT_MAX_BYTES } from "@/lib/import/limits";
import { json, jsonError } from "../../events/_lib/respond";

/** Room for the multipart envelope and the option fields around the file. */
const ENVELOPE = 64 * 1024;

/** A problem with an uploaded file, as the import API answers it (422 unless said otherwise). */
export function importProblemResponse(problem: ImportProblem, status = 422, extra: Record<string, unknown> = {}): Response {
  const body = problemJson(problem);
  return json({ error: "invalid_file", message: body.message.en, problem: body, ...extra }, status);
}

const tooLarge = () => importProblemResponse({ code: "import.errors.fileTooLarge", values: { maxMb: IMPORT_MAX_BYTES / 1024 / 1024 } }, 413);

/** The request body, or null once it passes `limit` bytes (reading stops there). */
async function readCapped(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}

/**
 * The file and the other fields of a multipart/form-data upload ("file", and the import's
 * options), or the response to send: 415 for another body, 413 past the size limit (the body is
 * not read further), 400 for a broken envelope, 422 without a file.
 */
export async function readUpload(request: Request): Promise<{ file: { bytes: Uint8Array; name: string }; fields: Record<string, string> } | Response> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return jsonError(415, "unsupported_media_type", "Send the file as multipart/form-data, in a field named “file” (curl -F file=@events.csv).");
  if (Number(request.headers.get("content-length") ?? 0) > IMPORT_MAX_BYTES + ENVELOPE) return tooLarge();
  const body = await readCapped(request, IMPORT_MAX_BYTES + ENVELOPE);
  if (!body) return tooLarge();
  let form: FormData;
  try {
    form = await new Response(new Blob([new Uint8Array(body)]), { headers: { "content-type": type } }).formData();
  } catch {
    return jsonError(400, "invalid_body", "The body is not valid multipart/form-data.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) return importProblemResponse({ code: "import.errors.noFile" });
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  return { file: { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }, fields };
}
