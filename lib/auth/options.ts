import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getUserById, signOutUser } from "@/db/queries/users";
import { sameOriginRedirect } from "./callback-url";
import { authenticate } from "./sign-in";
import { useSecureCookies } from "./session-cookie";
import { sessionPolicy } from "./session-policy";
import { isCompleteClaims } from "./session-validity";
import { staffUserFromSession } from "./staff-user-from-session";

const policy = sessionPolicy();

/**
 * next-auth with the credentials provider and JWT sessions. The JWT lives for the idle limit and
 * is re-issued on activity (proxy.ts, /api/auth/session). The jwt callback, which every read of
 * the session runs (getServerSession and /api/auth/session alike), applies the same check as
 * getStaffUser: both time limits, and the user re-read from the database (enabled, same session
 * version), because a JWT alone cannot be withdrawn. Name and role come from that row.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: Math.floor(policy.idleMs / 1000), updateAge: 0 },
  jwt: { maxAge: Math.floor(policy.idleMs / 1000) },
  useSecureCookies: useSecureCookies(),
  // Unprefixed: proxy.ts redirects to the visitor's language.
  pages: { signIn: "/sign-in", signOut: "/sign-out", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const result = await authenticate({ email: String(credentials?.email ?? ""), password: String(credentials?.password ?? "") });
        if (result.ok) return { ...result.user, id: String(result.user.id) };
        // next-auth passes the message to the client as `error`.
        if (result.reason === "rate_limited") throw new Error(`RateLimited:${result.retryAt}`);
        return null;
      },
    }),
  ],
  callbacks: {
    async redirect({ url, baseUrl }) {
      return sameOriginRedirect(url, baseUrl);
    },
    async jwt({ token, user }) {
      const now = Date.now();
      if (user) {
        return {
          ...token,
          uid: Number(user.id),
          role: user.role,
          sessionVersion: user.sessionVersion,
          issuedAt: now,
          lastActivity: now,
        };
      }
      // Throwing makes next-auth drop the session (and clear the cookie where it can).
      if (!isCompleteClaims(token)) throw new Error("SessionWithoutClaims");
      const current = staffUserFromSession(token, (id) => getUserById(id), now, policy);
      if (!current) throw new Error("SessionEnded");
      return { ...token, name: current.name, email: current.email, role: current.role, lastActivity: now };
    },
    async session({ session, token }) {
      return {
        ...session,
        user: { id: token.uid!, email: token.email ?? "", name: token.name ?? "", role: token.role! },
        sessionVersion: token.sessionVersion!,
        issuedAt: token.issuedAt!,
        lastActivity: token.lastActivity!,
      };
    },
  },
  events: {
    // Sign-out through next-auth's own endpoint also ends every copy of the token.
    async signOut({ token }) {
      if (token?.uid) signOutUser(token.uid);
    },
  },
  logger: {
    error(code, metadata) {
      // Expired or revoked sessions are routine, not errors.
      if (code === "JWT_SESSION_ERROR") return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      if (code !== "NEXTAUTH_URL" && code !== "DEBUG_ENABLED") console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};
