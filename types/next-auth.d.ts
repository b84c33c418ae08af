import type { StaffRole } from "@/lib/auth/staff-user";

declare module "next-auth" {
  /** What getServerSession returns; getStaffUser re-reads the user from the database anyway. */
  interface Session {
    user: { id: number; email: string; name: string; role: StaffRole };
    sessionVersion: number;
    /** Sign-in time, ms since the epoch. */
    issuedAt: number;
    /** Last refresh, ms since the epoch. */
    lastActivity: number;
  }

  /** Returned by the credentials provider's authorize(). */
  interface User {
    role: StaffRole;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: StaffRole;
    sessionVersion?: number;
    issuedAt?: number;
    lastActivity?: number;
  }
}
