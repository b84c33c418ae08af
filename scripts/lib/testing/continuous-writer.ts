/**
 * A separate process that keeps writing to a database, as a running app would: one event per
 * write transaction, printing "committed <n>" after each commit. Used by the backup test.
 *   tsx --conditions=react-server scripts/lib/testing/continuous-writer.ts <db file> <max rows>
 */
import { openDatabase } from "@/db/open-database";
import { events } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { syntheticEvents } from "@/db/testing/synthetic-events";

const [file, max] = process.argv.slice(2);
const { db } = openDatabase(file);
const rows = syntheticEvents(Number(max));
let n = 0;

function writeOne(): void {
  if (n >= rows.length) return;
  const row = rows[n];
  writeTransaction(db, (tx) => {
    tx.insert(events).values({ ...row, uid: `writer-${n + 1}@test`, slug: `writer-${n + 1}` }).run();
  });
  n += 1;
  process.stdout.write(`committed ${n}\n`);
  setImmediate(writeOne);
}

writeOne();
