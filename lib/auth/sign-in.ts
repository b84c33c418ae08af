import "server-only";
import { signInStore } from "@/db/queries/login-attempts";
import { checkCredentials, type AuthenticationResult, type CredentialInput } from "./credentials";
import { dummyPasswordHash, verifyPassword } from "./password";

/** The credential check against the database and argon2: sign-in form, next-auth provider, password change. */
export function authenticate(input: CredentialInput): Promise<AuthenticationResult> {
  return checkCredentials(input, { store: signInStore(), verifyPassword, dummyPasswordHash });
}
