import type { Database } from "@pavilion/db";

/**
 * Plans the reminders of an accepted registration (weekly from registering, the morning of the
 * day before, 15 minutes before, the materials after): jobs keyed by registration, so planning
 * again only moves them. Called by the registration service when a registration is accepted.
 *
 * Placeholder until the reminders slice lands (same session): it plans nothing yet.
 */
export async function planReminders(_db: Database, _registrationId: string, _now: Date): Promise<void> {}
