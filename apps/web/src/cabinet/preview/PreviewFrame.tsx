import type { ReactNode } from "react";
import "./preview.css";

/**
 * A booth page shown inside the cabinet or the moderation screen, under a ribbon
 * that says which version it is, so nobody takes a preview for the live booth.
 */
export function PreviewFrame({
  ribbon,
  lead,
  tone = "preview",
  children,
}: {
  ribbon: string;
  lead?: string;
  /** "preview": striped amber, not yet visible; "live": what visitors see now. */
  tone?: "preview" | "live";
  children: ReactNode;
}) {
  return (
    <section className={`booth-frame booth-frame--${tone}`} aria-label={ribbon}>
      <div className="booth-frame__ribbon">
        <strong>{ribbon}</strong>
        {lead ? <span>{lead}</span> : null}
      </div>
      <div className="booth-frame__body">{children}</div>
    </section>
  );
}
