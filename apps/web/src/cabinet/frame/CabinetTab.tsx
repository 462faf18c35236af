/** The cabinet tabs' layout: a wide column and a side column of titled panels. */
import type { ReactNode, Ref } from "react";

/**
 * A tab's two columns: the main work, and what sits beside it (one column on narrow
 * screens); `children` (the tab's dialogs) come after them.
 */
export function CabinetTab({
  main,
  side,
  children,
}: {
  main: ReactNode;
  side: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="cabinet-tab">
      <div className="cabinet-tab__main">{main}</div>
      <div className="cabinet-tab__side">{side}</div>
      {children}
    </div>
  );
}

interface PanelProps {
  /** The heading's id, which names the section. */
  titleId: string;
  title: string;
  /** The sentence under the title, if any. */
  lead?: string;
  className?: string;
  /** Makes the heading focusable from code (say, after the row that had focus is deleted). */
  headingRef?: Ref<HTMLHeadingElement>;
  children?: ReactNode;
}

/** A section named by its heading, with an optional lead sentence. */
export function Panel({ titleId, title, lead, className, headingRef, children }: PanelProps) {
  return (
    <section className={className ? `panel ${className}` : "panel"} aria-labelledby={titleId}>
      <h2 className="panel__title" id={titleId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </h2>
      {lead ? <p className="panel__lead">{lead}</p> : null}
      {children}
    </section>
  );
}
