import type { ReactNode } from "react";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";

/** The 404 layout every "not found" page shares: code, title, explanation, ways onward. */
export function NotFoundView({
  title,
  text,
  children,
}: {
  title: string;
  text: string;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="container page page--centered">
      <p className="big-code" aria-hidden="true">
        404
      </p>
      <h1 className="page-title">{title}</h1>
      <p className="page-lead">{text}</p>
      {children}
    </div>
  );
}
