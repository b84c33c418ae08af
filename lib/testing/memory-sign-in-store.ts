import type { SignInStore } from "@/lib/auth/credentials";

type StoredUser = ReturnType<SignInStore["findUser"]> & {};
type Attempt = Parameters<SignInStore["recordAttempt"]>[0];
type AuditEntry = Parameters<SignInStore["recordAudit"]>[0];

/**
 * The credential check's store in memory, with the same query rules as the database's
 * (db/queries/login-attempts.ts): for unit tests and the sign-in timing bench.
 */
export function memorySignInStore(users: StoredUser[] = []) {
  let attempts: Attempt[] = [];
  const audit: AuditEntry[] = [];
  const store: SignInStore = {
    recentAttempts: ({ email, ip, since }) => ({
      accountAttempts: attempts.filter((a) => a.email === email && a.at > since).map((a) => ({ at: a.at.getTime(), success: a.success })),
      addressFailureTimes: attempts.filter((a) => a.ip === ip && !a.success && a.at > since).map((a) => a.at.getTime()),
    }),
    findUser: (email) => users.find((u) => u.email === email),
    recordAttempt: (attempt) => void attempts.push(attempt),
    recordAudit: (entry) => void audit.push(entry),
    pruneAttempts: (before) => void (attempts = attempts.filter((a) => a.at >= before)),
  };
  return { store, attempts: () => attempts, audit };
}
