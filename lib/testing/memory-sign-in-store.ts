import type { SignInStore } from "@/lib/auth/credentials";

type StoredUser = ReturnType<SignInStore["findUser"]> & {};
type Attempt = { id: number; email: string; ip: string; device: string | null; success: boolean; at: Date };
type AuditEntry = Parameters<SignInStore["recordAudit"]>[0];

/**
 * The credential check's store in memory, with the same query rules as the database's
 * (db/queries/login-attempts.ts): for unit tests and the sign-in timing bench. A reservation is
 * synchronous, hence atomic, as the database's transaction is.
 */
export function memorySignInStore(users: StoredUser[] = []) {
  let attempts: Attempt[] = [];
  const audit: AuditEntry[] = [];
  let nextId = 1;
  const add = (attempt: Omit<Attempt, "id">) => {
    const id = nextId++;
    attempts.push({ ...attempt, id });
    return id;
  };
  const store: SignInStore = {
    reserveAttempt: (query, decide) => {
      const decision = decide({
        accountAttempts: attempts
          .filter((a) => a.email === query.email && a.at > query.accountSince)
          .map((a) => ({ at: a.at.getTime(), success: a.success, ip: a.ip, device: a.device })),
        addressFailureTimes: attempts.filter((a) => a.ip === query.ip && !a.success && a.device === null && a.at > query.addressSince).map((a) => a.at.getTime()),
      });
      if (!decision.allowed) return decision;
      return { allowed: true, attemptId: add({ email: query.email, ip: query.ip, device: query.device, success: false, at: query.at }) };
    },
    markSucceeded: (attemptId) => {
      for (const a of attempts) if (a.id === attemptId) a.success = true;
    },
    findUser: (email) => users.find((u) => u.email === email),
    recordAudit: (entry) => void audit.push(entry),
    pruneAttempts: (before) => void (attempts = attempts.filter((a) => a.at >= before)),
  };
  return { store, attempts: () => attempts, audit, addAttempt: add };
}
