/** The kinds of organisation on each floor and how their names are put together. */
import { type Bilingual, pair } from "./bilingual.ts";
import type { FloorKey } from "./exhibition.ts";

export type Gender = "m" | "f";

/** «Place adjective» + noun + field: Невский колледж дизайна / Neva College of Design. */
export interface PlaceKind {
  pattern: "place";
  noun: Bilingual;
  gender: Gender;
  fields: readonly Bilingual[];
}

/** Noun + «Brand»: Лицей «Маяк» / Lighthouse Lyceum. */
export interface BrandKind {
  pattern: "brand";
  noun: Bilingual;
}

/** Noun + invented compound brand: Онлайн-школа «КодТрек» / CodeTrack Online School. */
export interface TechKind {
  pattern: "tech";
  noun: Bilingual;
}

/** Noun + invented town: Колледж Нордвик / Nordvik College. */
export interface TownKind {
  pattern: "town";
  noun: Bilingual;
}

export type NameKind = PlaceKind | BrandKind | TechKind | TownKind;

const HIGHER_FIELDS = [
  pair("цифровых технологий", "of Digital Technologies"),
  pair("экономики и управления", "of Economics and Management"),
  pair("инженерии и дизайна", "of Engineering and Design"),
  pair("прикладной математики", "of Applied Mathematics"),
  pair("гуманитарных наук", "of Humanities"),
  pair("медицины и биотехнологий", "of Medicine and Biotechnology"),
  pair("архитектуры и строительства", "of Architecture and Construction"),
  pair("сервиса и туризма", "of Service and Tourism"),
  pair("транспорта и логистики", "of Transport and Logistics"),
  pair("педагогики и психологии", "of Education and Psychology"),
  pair("агротехнологий", "of Agricultural Technology"),
  pair("искусств и медиа", "of Arts and Media"),
  pair("права и государственной службы", "of Law and Public Administration"),
  pair("энергетики", "of Energy"),
  pair("информатики и робототехники", "of Computer Science and Robotics"),
];

const COLLEGE_FIELDS = [
  pair("информационных технологий", "of Information Technology"),
  pair("сервиса и гостеприимства", "of Service and Hospitality"),
  pair("строительства и городского хозяйства", "of Construction and Urban Services"),
  pair("дизайна", "of Design"),
  pair("машиностроения", "of Mechanical Engineering"),
  pair("автомобильного транспорта", "of Motor Transport"),
  pair("пищевых технологий", "of Food Technology"),
  pair("искусств", "of Arts"),
  pair("экономики и права", "of Economics and Law"),
  pair("связи и электроники", "of Communications and Electronics"),
];

const place = (noun: Bilingual, gender: Gender, fields: readonly Bilingual[]): PlaceKind => ({
  pattern: "place",
  noun,
  gender,
  fields,
});
const brand = (ru: string, en: string): BrandKind => ({ pattern: "brand", noun: pair(ru, en) });
const tech = (ru: string, en: string): TechKind => ({ pattern: "tech", noun: pair(ru, en) });
const town = (ru: string, en: string): TownKind => ({ pattern: "town", noun: pair(ru, en) });

/** Which kinds of organisation exhibit on each floor. */
export const NAME_KINDS: Readonly<Record<FloorKey, readonly NameKind[]>> = {
  higher: [
    place(pair("университет", "University"), "m", HIGHER_FIELDS),
    place(pair("институт", "Institute"), "m", HIGHER_FIELDS),
    place(pair("академия", "Academy"), "f", HIGHER_FIELDS),
  ],
  schools: [
    place(pair("колледж", "College"), "m", COLLEGE_FIELDS),
    place(pair("техникум", "Technical College"), "m", COLLEGE_FIELDS),
    brand("Гимназия", "Gymnasium"),
    brand("Лицей", "Lyceum"),
    brand("Частная школа", "Private School"),
    brand("Инженерная школа", "Engineering School"),
  ],
  edtech: [
    tech("Студия цифрового обучения", "Digital Learning Studio"),
    tech("Онлайн-школа", "Online School"),
    tech("Образовательная платформа", "Learning Platform"),
    tech("Студия VR-обучения", "VR Learning Studio"),
    tech("Сервис адаптивного обучения", "Adaptive Learning"),
    tech("Школа программирования", "Coding School"),
    tech("Школа робототехники", "Robotics School"),
  ],
  continuing: [
    brand("Центр дополнительного образования", "Continuing Education Centre"),
    brand("Корпоративный университет", "Corporate University"),
    brand("Школа иностранных языков", "Language School"),
    brand("Бизнес-школа", "Business School"),
    brand("Учебный центр", "Training Centre"),
    brand("Институт повышения квалификации", "Professional Development Institute"),
    brand("Центр профессиональной переподготовки", "Retraining Centre"),
  ],
  abroad: [
    brand("Агентство зарубежного образования", "Study Abroad Agency"),
    brand("Международная школа", "International School"),
    brand("Центр международного образования", "International Education Centre"),
    brand("Летние языковые лагеря", "Summer Language Camps"),
    town("Университет прикладных наук", "University of Applied Sciences"),
    town("Колледж", "College"),
    town("Бизнес-школа", "Business School"),
    town("Академия искусств", "Academy of Arts"),
  ],
};
