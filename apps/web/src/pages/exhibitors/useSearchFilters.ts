import { useCallback, useEffect, useState } from "react";
import { useSearchParams } from "react-router";

/**
 * The list's filters live in the URL (?floor=…&q=…), so a filtered list can be
 * linked and the back button works; typing updates the URL after a short pause.
 */
export function useSearchFilters(delayMs = 300) {
  const [params, setParams] = useSearchParams();
  const floor = params.get("floor") ?? "";
  const query = (params.get("q") ?? "").trim();
  const [text, setText] = useState(query);

  const update = useCallback(
    (changes: { floor?: string; q?: string }) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );

  // The URL changed from elsewhere (back button, a floor link): show its query in the box.
  useEffect(() => {
    setText((current) => (current.trim() === query ? current : query));
  }, [query]);

  useEffect(() => {
    if (text.trim() === query) return;
    const timer = window.setTimeout(() => update({ q: text.trim() }), delayMs);
    return () => window.clearTimeout(timer);
  }, [text, query, update, delayMs]);

  return {
    floor,
    query,
    text,
    setText,
    setFloor: (value: string) => update({ floor: value }),
    /** Applies the typed text at once (on Enter). */
    commitText: () => update({ q: text.trim() }),
    clear: () => {
      setText("");
      update({ floor: "", q: "" });
    },
  };
}
