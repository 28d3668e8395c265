/**
 * Race, crash and fuzz tests call this first: on the embedded database (one transaction at a
 * time) a race cannot happen, so such a test would pass there without proving anything.
 */
export function requireRealPostgres(): void {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      'This test needs a real PostgreSQL (DATABASE_URL): the embedded database serializes transactions and hides races.',
    );
  }
}
