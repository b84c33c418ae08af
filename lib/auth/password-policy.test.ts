import { describe, expect, it } from "vitest";
import { newPasswordSchema, passwordProblem, PASSWORD_MAX_LENGTH } from "./password-policy";

describe("passwordProblem", () => {
  it("refuses passwords shorter than 12 characters, counting characters not bytes", () => {
    expect(passwordProblem("Xk9#mQ2!vL7")).toBe("tooShort");
    // 12 Japanese characters are 12 characters (36 UTF-8 bytes).
    expect(passwordProblem("富士山と桜とジャカルタの夜明")).not.toBe("tooShort");
  });

  it("accepts long passphrases up to the cap and refuses longer ones", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    const words = Array.from({ length: 60 }, (_, i) => `river${i}stone`).join(" ");
    expect(passwordProblem(words)).toBeNull();
    expect(passwordProblem("a1B!".repeat(PASSWORD_MAX_LENGTH / 4 + 1))).toBe("tooLong");
  });

  it("refuses very common passwords even when long enough", () => {
    expect(passwordProblem("123456789012")).toBe("tooCommon");
    expect(passwordProblem("1qaz2wsx3edc")).toBe("tooCommon");
  });

  it("refuses easily guessed passwords (zxcvbn score below 3)", () => {
    expect(passwordProblem("password1234")).toBe("tooWeak");
    expect(passwordProblem("aaaaaaaaaaaaaaaa")).toBe("tooWeak");
    expect(passwordProblem("abcdefghijklmnop")).toBe("tooWeak");
  });

  it("treats the user's own email as a guessable word", () => {
    expect(passwordProblem("tanaka.hiroshi2023", [])).toBeNull();
    expect(passwordProblem("tanaka.hiroshi2023", ["tanaka.hiroshi2023@example.org"])).toBe("tooWeak");
  });
});

describe("newPasswordSchema", () => {
  it("reports the problem as an error code", () => {
    const result = newPasswordSchema().safeParse("short");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("auth.errors.passwordTooShort");
    expect(newPasswordSchema().safeParse("Sakura-Fuji-2023-Jakarta").success).toBe(true);
  });
});
