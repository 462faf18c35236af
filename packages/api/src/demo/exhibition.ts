/** The demo exhibition and its floors, one floor per category of products and services. */

import type { ExhibitionsTable, FloorsTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import { type Bilingual, pair } from "./bilingual.ts";
import { demoId } from "./ids.ts";
import { addDays, dateInZone } from "./time.ts";

export const DEMO_TIME_ZONE = "Europe/Moscow";
export const DEMO_EXHIBITION_SLUG = "education-fair-2026";

export type FloorKey = "higher" | "schools" | "edtech" | "continuing" | "abroad";

export interface FloorSpec {
  key: FloorKey;
  slug: string;
  name: Bilingual;
  /** How many exhibitors the demo puts on this floor. */
  exhibitors: number;
}

/** The floors in display order; 320 exhibitors in all. */
export const FLOORS: readonly FloorSpec[] = [
  {
    key: "higher",
    slug: "higher-education",
    name: pair("Высшее образование", "Higher education"),
    exhibitors: 80,
  },
  {
    key: "schools",
    slug: "schools-and-colleges",
    name: pair("Школы и колледжи", "Schools and colleges"),
    exhibitors: 72,
  },
  {
    key: "edtech",
    slug: "edtech",
    name: pair("Цифровое образование", "EdTech and digital learning"),
    exhibitors: 68,
  },
  {
    key: "continuing",
    slug: "continuing-education",
    name: pair("Дополнительное и корпоративное образование", "Continuing and corporate education"),
    exhibitors: 56,
  },
  {
    key: "abroad",
    slug: "education-abroad",
    name: pair("Образование за рубежом", "Education abroad"),
    exhibitors: 44,
  },
];

// The organiser set the exhibition up before exhibitors started to register.
const CREATED_DAYS_AGO = 14;
const setUpAt = (now: Date) => new Date(now.getTime() - CREATED_DAYS_AGO * 86_400_000).toISOString();

export const exhibitionId = demoId(`exhibition:${DEMO_EXHIBITION_SLUG}`);

/** The id of a floor of the demo exhibition. */
export const floorId = (key: FloorKey): string => demoId(`floor:${key}`);

/** The exhibition row: from two days before `now` to ten days after, in Moscow time. */
export function exhibitionRow(now: Date, logoFileId: string | null): Insertable<ExhibitionsTable> {
  const today = dateInZone(now, DEMO_TIME_ZONE);
  return {
    id: exhibitionId,
    slug: DEMO_EXHIBITION_SLUG,
    name_ru: "Московская международная выставка «Образование» 2026 — онлайн",
    name_en: "Moscow International Education Fair 2026 — Online",
    tagline_ru: "Интерактивная карта индустрии образования: вузы, колледжи, EdTech и обучение за рубежом",
    tagline_en:
      "The interactive map of the education industry: universities, colleges, EdTech and study abroad",
    starts_on: addDays(today, -2),
    ends_on: addDays(today, 10),
    timezone: DEMO_TIME_ZONE,
    logo_file_id: logoFileId,
    created_at: setUpAt(now),
  };
}

/** The floor rows, positions from 0. */
export function floorRows(now: Date): Insertable<FloorsTable>[] {
  return FLOORS.map((floor, position) => ({
    id: floorId(floor.key),
    exhibition_id: exhibitionId,
    slug: floor.slug,
    name_ru: floor.name.ru,
    name_en: floor.name.en,
    position,
    created_at: setUpAt(now),
  }));
}
