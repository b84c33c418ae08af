import "server-only";
import { count } from "drizzle-orm";
import type { Db } from "../open-database";
import { users } from "../schema";

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).all()[0].n;
}
