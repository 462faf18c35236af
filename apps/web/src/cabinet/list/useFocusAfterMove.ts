import { type RefObject, useLayoutEffect, useRef } from "react";

/**
 * Moving a row re-inserts it: gives focus back to its move button in the same direction
 * (or the other one at an end of the list). Rows carry `data-row-id`, buttons `data-move`.
 */
export function useFocusAfterMove(listRef: RefObject<HTMLElement | null>) {
  const moved = useRef<{ id: string; delta: -1 | 1 } | null>(null);
  useLayoutEffect(() => {
    const last = moved.current;
    if (!last) return;
    moved.current = null;
    const row = listRef.current?.querySelector(`[data-row-id="${last.id}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${last.delta < 0 ? "up" : "down"}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${last.delta < 0 ? "down" : "up"}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  });
  return (id: string, delta: -1 | 1) => {
    moved.current = { id, delta };
  };
}
