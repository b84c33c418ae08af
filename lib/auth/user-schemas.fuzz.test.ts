import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { isErrorCode } from "@/i18n/error-messages";
import { FUZZ_RUNS, hostileValue, mutatedRecord, unknownFields } from "@/lib/testing/hostile-input";
import { changeOwnPasswordSchema, newUserSchema, resetPasswordSchema, setDisabledSchema, setRoleSchema, signInSchema } from "./user-schemas";

const cases: [string, z.ZodType, Record<string, unknown>][] = [
  ["signIn", signInSchema, { email: "staff@example.org", password: "correct horse battery staple" }],
  ["newUser", newUserSchema, { email: "new.editor@example.org", name: "New Editor", role: "editor", password: "violet-harbour-kettle-93" }],
  ["changeOwnPassword", changeOwnPasswordSchema, { currentPassword: "old secret words here", newPassword: "violet-harbour-kettle-93", confirmPassword: "violet-harbour-kettle-93" }],
  ["resetPassword", resetPasswordSchema, { userId: "3", password: "violet-harbour-kettle-93" }],
  ["setRole", setRoleSchema, { userId: "3", role: "admin" }],
  ["setDisabled", setDisabledSchema, { userId: "3", disabled: "true" }],
];

describe("auth and user schemas under hostile input", () => {
  for (const [name, schema, base] of cases) {
    it(`${name}: never throws; rejects with translated field messages; output has no unknown fields`, () => {
      expect(schema.safeParse(base).success).toBe(true);
      fc.assert(
        fc.property(fc.oneof(mutatedRecord(base), unknownFields, hostileValue), (input) => {
          let result: ReturnType<z.ZodType["safeParse"]> | undefined;
          expect(() => (result = schema.safeParse(input))).not.toThrow();
          if (result!.success) {
            const out = result!.data as Record<string, unknown>;
            expect(Object.keys(out).every((k) => k in base || k === "callbackUrl" || k === "name")).toBe(true);
            if ("email" in out) expect(out.email).toMatch(/^[^\s@]+@[^\s@]+$/);
            if ("userId" in out) expect(Number.isSafeInteger(out.userId) && (out.userId as number) > 0).toBe(true);
          } else {
            for (const issue of result!.error.issues) {
              if (issue.path.length === 0 && issue.code === "invalid_type") continue; // not an object at all
              // Field issues either carry one of our error codes or are zod's type errors on a field.
              if (issue.message.startsWith("auth.") || issue.message.startsWith("users.")) {
                expect(isErrorCode(issue.message), issue.message).toBe(true);
              } else {
                expect(issue.message.length).toBeGreaterThan(0);
              }
            }
          }
        }),
        { ...FUZZ_RUNS, numRuns: 100 },
      );
    });
  }
});
