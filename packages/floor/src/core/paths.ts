// Dijkstra over a graph in compressed adjacency form, with a binary min-heap
// (lazy deletion: a node may sit in the heap more than once; stale entries are skipped).

export interface WeightedGraph {
  /** Edges of node n are targets/lengths[offsets[n]] … [offsets[n + 1] - 1]. */
  offsets: Int32Array;
  targets: Int32Array;
  lengths: Float64Array;
}

export interface PathTree {
  source: number;
  /** Walking distance from the source; Infinity where unreachable. */
  dist: Float64Array;
  /** The node before each node on its shortest path; -1 for the source and unreachable nodes. */
  prev: Int32Array;
}

interface Heap {
  keys: number[];
  nodes: number[];
}

function push(heap: Heap, key: number, node: number): void {
  let i = heap.keys.length;
  heap.keys.push(key);
  heap.nodes.push(node);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const parentKey = heap.keys[parent] ?? 0;
    if (parentKey <= key) break;
    heap.keys[i] = parentKey;
    heap.nodes[i] = heap.nodes[parent] ?? 0;
    i = parent;
  }
  heap.keys[i] = key;
  heap.nodes[i] = node;
}

function pop(heap: Heap): number {
  const top = heap.nodes[0] ?? -1;
  const key = heap.keys.pop() ?? 0;
  const node = heap.nodes.pop() ?? 0;
  const n = heap.keys.length;
  if (n === 0) return top;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && (heap.keys[child + 1] ?? 0) < (heap.keys[child] ?? 0)) child++;
    const childKey = heap.keys[child] ?? 0;
    if (childKey >= key) break;
    heap.keys[i] = childKey;
    heap.nodes[i] = heap.nodes[child] ?? 0;
    i = child;
  }
  heap.keys[i] = key;
  heap.nodes[i] = node;
  return top;
}

/** Shortest walking distances from `source` to every node (or until `target` is settled). */
export function pathTree(graph: WeightedGraph, source: number, target = -1): PathTree {
  const count = graph.offsets.length - 1;
  const dist = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  const prev = new Int32Array(count).fill(-1);
  const done = new Uint8Array(count);
  const heap: Heap = { keys: [], nodes: [] };
  if (source < 0 || source >= count) return { source, dist, prev };
  dist[source] = 0;
  push(heap, 0, source);
  while (heap.keys.length > 0) {
    const node = pop(heap);
    if (done[node]) continue;
    done[node] = 1;
    if (node === target) break;
    const base = dist[node] ?? 0;
    const end = graph.offsets[node + 1] ?? 0;
    for (let e = graph.offsets[node] ?? 0; e < end; e++) {
      const next = graph.targets[e] ?? 0;
      const d = base + (graph.lengths[e] ?? 0);
      if (d < (dist[next] ?? 0)) {
        dist[next] = d;
        prev[next] = node;
        push(heap, d, next);
      }
    }
  }
  return { source, dist, prev };
}

/** The nodes from the tree's source to `target`, both included, or null when unreachable. */
export function pathTo(tree: PathTree, target: number): number[] | null {
  if (!Number.isFinite(tree.dist[target] ?? Number.NaN)) return null;
  const nodes: number[] = [];
  for (let n = target; n !== -1; n = tree.prev[n] ?? -1) nodes.push(n);
  return nodes.reverse();
}
