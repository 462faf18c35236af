/** Moving one material up or down the list, as a plain function. */

/**
 * The list with the item at `index` moved by `delta` places (-1 up, +1 down);
 * the same list when that would leave its ends.
 */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved as T);
  return next;
}
