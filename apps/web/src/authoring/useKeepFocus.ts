/**
 * Keeps focus on the control that moved a row (up, down) once the row has moved, or on the
 * neighbouring control when it became disabled at the list's end, or on a named fallback when
 * the row is gone.
 */
import { useCallback, useEffect, useRef, useState } from "react";

export function useKeepFocus(container: React.RefObject<HTMLElement | null>) {
  const [request, setRequest] = useState<{ selector: string; fallback: string[]; n: number } | null>(null);
  const counter = useRef(0);

  useEffect(() => {
    if (!request || !container.current) return;
    for (const selector of [request.selector, ...request.fallback]) {
      const target = container.current.querySelector<HTMLElement>(selector);
      if (target && !(target as HTMLButtonElement).disabled) {
        target.focus();
        return;
      }
    }
  }, [request, container]);

  /** After the next render, focuses the first enabled match of the selectors. */
  return useCallback((selector: string, ...fallback: string[]) => {
    counter.current += 1;
    setRequest({ selector, fallback, n: counter.current });
  }, []);
}
