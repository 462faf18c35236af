/** What the cabinet's status banner says about a company's draft, as a plain function. */
import type { Draft, ModerationStatusName } from "@pavilion/schema";

export interface StatusView {
  status: ModerationStatusName;
  /** Edits (profile or materials) that visitors do not see and no organiser was asked to review. */
  unsubmitted: boolean;
  /** Whether "Submit for review" makes sense now (the server decides in the end). */
  canSubmit: boolean;
}

/** The banner's state for a draft and the number of materials waiting for approval. */
export function statusView(
  draft: Pick<Draft, "status" | "hasChanges">,
  pendingMaterials: number,
): StatusView {
  const waiting = draft.hasChanges || pendingMaterials > 0;
  switch (draft.status) {
    case "submitted":
      return { status: "submitted", unsubmitted: false, canSubmit: false };
    case "draft":
    case "approved":
    case "rejected":
      return { status: draft.status, unsubmitted: waiting, canSubmit: waiting };
    default: {
      const unknown: never = draft.status;
      throw new Error(`unknown status ${String(unknown)}`);
    }
  }
}
