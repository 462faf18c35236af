/** Whether a person is on an exhibitor's team (owner or staff), from their session. */
import type { SessionUser } from "@pavilion/schema";

/** True when the (signed-in) person is a member of the exhibitor's team. */
export function isMemberOf(user: SessionUser | null, exhibitorId: string): boolean {
  return user?.memberships.some((membership) => membership.exhibitorId === exhibitorId) ?? false;
}
