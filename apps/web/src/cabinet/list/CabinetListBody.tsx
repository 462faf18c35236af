/** A cabinet list's states: the error of the last action, then loading, failed, empty or the list. */
import type { ReactNode } from "react";
import { LoadError, PageLoading } from "../../components/states.tsx";
import "./ordered.css";

export interface CabinetListBodyProps<T> {
  /** The items, or undefined while they load. */
  items: readonly T[] | undefined;
  failed: boolean;
  onRetry(): void;
  emptyText: string;
  /** What the last change the person asked for failed with, if anything. */
  actionError: string | null;
  children(items: readonly T[]): ReactNode;
}

export function CabinetListBody<T>({
  items,
  failed,
  onRetry,
  emptyText,
  actionError,
  children,
}: CabinetListBodyProps<T>) {
  return (
    <>
      {actionError ? (
        <div className="alert alert--error" role="alert">
          <p>{actionError}</p>
        </div>
      ) : null}
      {failed && !items ? (
        <LoadError onRetry={onRetry} />
      ) : !items ? (
        <PageLoading />
      ) : items.length === 0 ? (
        <p className="empty-note">{emptyText}</p>
      ) : (
        children(items)
      )}
    </>
  );
}
