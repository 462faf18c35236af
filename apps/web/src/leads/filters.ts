/**
 * The leads table's view (filters, sort, page) as it lives in the page's address, so a link
 * reproduces the view. Parameter names are those of `leads.list`, so the export links carry the
 * same query the table shows.
 */
import {
  LEAD_SORTS,
  LEAD_SOURCES,
  LEAD_STATUSES,
  type LeadSource,
  type LeadStatus,
  type LeadsListInput,
  WARMTH_BANDS,
  type WarmthBand,
} from "@pavilion/schema";

export type LeadSort = (typeof LEAD_SORTS)[number];
export type SortDirection = "asc" | "desc";

export interface LeadFilters {
  warmth: WarmthBand[];
  source: LeadSource[];
  status: LeadStatus[];
  /** Leads made on or after / on or before this day ("YYYY-MM-DD"), or "". */
  from: string;
  to: string;
  search: string;
}

export interface LeadView extends LeadFilters {
  sort: LeadSort;
  direction: SortDirection;
  /** 1-based. */
  page: number;
}

/** Rows per page of the table. */
export const PAGE_SIZE = 50;
/** The longest search the API takes. */
export const SEARCH_MAX_LENGTH = 100;

export const defaultView: LeadView = {
  warmth: [],
  source: [],
  status: [],
  from: "",
  to: "",
  search: "",
  sort: "warmth",
  direction: "desc",
  page: 1,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Values of a parameter given repeated or as a comma list, keeping only known ones, in their canonical order. */
function readList<T extends string>(params: URLSearchParams, name: string, known: readonly T[]): T[] {
  const given = new Set(params.getAll(name).flatMap((value) => value.split(",").map((part) => part.trim())));
  return known.filter((value) => given.has(value));
}

function readDay(params: URLSearchParams, name: string): string {
  const value = params.get(name) ?? "";
  return DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : "";
}

function isSort(value: string | null): value is LeadSort {
  return LEAD_SORTS.some((sort) => sort === value);
}

/** The direction a column sorts in when first clicked: names A→Z, everything else biggest or newest first. */
export function firstDirection(sort: LeadSort): SortDirection {
  return sort === "name" ? "asc" : "desc";
}

/** Reads the view from the address; anything unknown falls back to the default. */
export function readView(params: URLSearchParams): LeadView {
  const sortParam = params.get("sort");
  const sort = isSort(sortParam) ? sortParam : defaultView.sort;
  const directionParam = params.get("direction");
  const direction: SortDirection =
    directionParam === "asc" || directionParam === "desc" ? directionParam : firstDirection(sort);
  const page = Number.parseInt(params.get("page") ?? "", 10);
  return {
    warmth: readList(params, "warmth", WARMTH_BANDS),
    source: readList(params, "source", LEAD_SOURCES),
    status: readList(params, "status", LEAD_STATUSES),
    from: readDay(params, "from"),
    to: readDay(params, "to"),
    search: (params.get("search") ?? "").slice(0, SEARCH_MAX_LENGTH),
    sort,
    direction,
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

const viewParams = ["warmth", "source", "status", "from", "to", "search", "sort", "direction", "page"];

/** The filters and sort as query parameters, defaults left out (what the export links carry). */
export function filterParams(view: Omit<LeadView, "page">): URLSearchParams {
  const params = new URLSearchParams();
  if (view.warmth.length > 0) params.set("warmth", view.warmth.join(","));
  if (view.source.length > 0) params.set("source", view.source.join(","));
  if (view.status.length > 0) params.set("status", view.status.join(","));
  if (view.from) params.set("from", view.from);
  if (view.to) params.set("to", view.to);
  const search = view.search.trim();
  if (search) params.set("search", search);
  if (view.sort !== defaultView.sort || view.direction !== firstDirection(view.sort)) {
    params.set("sort", view.sort);
    params.set("direction", view.direction);
  }
  return params;
}

/** The same address with the view written in; other parameters are kept, defaults left out. */
export function writeView(params: URLSearchParams, view: LeadView): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of viewParams) next.delete(name);
  for (const [name, value] of filterParams(view)) next.set(name, value);
  if (view.page > 1) next.set("page", String(view.page));
  return next;
}

/** Whether any filter narrows the list (sort and page do not). */
export function isFiltered(view: LeadFilters): boolean {
  return (
    view.warmth.length > 0 ||
    view.source.length > 0 ||
    view.status.length > 0 ||
    view.from !== "" ||
    view.to !== "" ||
    view.search.trim() !== ""
  );
}

/** The view with its filters cleared, sort kept, back on the first page. */
export function clearFilters(view: LeadView): LeadView {
  return { ...defaultView, sort: view.sort, direction: view.direction };
}

/** What `leads.list` takes for this view. */
export function listInput(exhibitorId: string, view: LeadView): LeadsListInput {
  const search = view.search.trim();
  return {
    exhibitorId,
    ...(view.warmth.length > 0 ? { warmth: view.warmth } : {}),
    ...(view.source.length > 0 ? { source: view.source } : {}),
    ...(view.status.length > 0 ? { status: view.status } : {}),
    ...(view.from ? { from: view.from } : {}),
    ...(view.to ? { to: view.to } : {}),
    ...(search ? { search } : {}),
    sort: view.sort,
    direction: view.direction,
    offset: (view.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
}

/** The download of the leads this view shows (every page), as .xlsx or CSV. */
export function exportHref(exhibitorId: string, view: LeadView, format: "xlsx" | "csv"): string {
  const query = filterParams(view).toString();
  return `/cabinet/${encodeURIComponent(exhibitorId)}/leads.${format}${query ? `?${query}` : ""}`;
}

/** What clicking a column's header does: the other direction of the same column, or the new column. */
export function sortBy(view: LeadView, sort: LeadSort): LeadView {
  const direction = view.sort === sort ? (view.direction === "asc" ? "desc" : "asc") : firstDirection(sort);
  return { ...view, sort, direction, page: 1 };
}

/** Adds or removes one value of a multi-choice filter, back on the first page. */
export function toggle<T extends string>(
  values: readonly T[],
  value: T,
  on: boolean,
  order: readonly T[],
): T[] {
  const set = new Set(values);
  if (on) set.add(value);
  else set.delete(value);
  return order.filter((each) => set.has(each));
}

/** The last page that has rows (at least 1). */
export function lastPage(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
