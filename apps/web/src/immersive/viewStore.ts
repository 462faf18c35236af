/** A view (the model's turn, the look in a panorama) that changes often: read and written without React renders. */

export interface ViewStore<V> {
  get(): V;
  set(view: V): void;
  /** Calls `listener` after each change; returns the unsubscribe. */
  subscribe(listener: (view: V) => void): () => void;
}

export function createViewStore<V>(initial: V): ViewStore<V> {
  let current = initial;
  const listeners = new Set<(view: V) => void>();
  return {
    get: () => current,
    set(view) {
      current = view;
      for (const listener of listeners) listener(view);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
