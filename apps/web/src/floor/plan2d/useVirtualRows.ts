import { type RefObject, useLayoutEffect, useState } from "react";

/** The rows [start, end) of a fixed-height list that the scroll box shows, plus `overscan` either side. */
export function visibleRows(
  scrollTop: number,
  height: number,
  count: number,
  rowHeight: number,
  overscan = 6,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(height, rowHeight)) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/**
 * Follows the scroll box of a long list so only the rows in sight are rendered;
 * when `enabled` is false every row is (short lists stay whole for screen readers).
 */
export function useVirtualRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  enabled: boolean,
): { start: number; end: number } {
  const [box, setBox] = useState({ top: 0, height: 0 });
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element || !enabled) return;
    const update = () =>
      setBox((old) =>
        old.top === element.scrollTop && old.height === element.clientHeight
          ? old
          : { top: element.scrollTop, height: element.clientHeight },
      );
    update();
    element.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [scrollRef, enabled]);
  return enabled ? visibleRows(box.top, box.height, count, rowHeight) : { start: 0, end: count };
}
