/** Speakers of the programme and hosts of the exhibitors' webinars, with catalogue texts. */
import type { SpeakersTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import { type Bilingual, pair } from "./bilingual.ts";
import { exhibitionId } from "./exhibition.ts";
import type { ExhibitorPlan } from "./exhibitors.ts";
import { demoId } from "./ids.ts";
import { drawPeople, emailLocalPart, fullName } from "./people.ts";
import type { Random } from "./random.ts";

type Phrase = (random: Random) => Bilingual;

const POSITIONS = [
  pair("Ректор", "Rector"),
  pair("Проректор по цифровой трансформации", "Vice-Rector for Digital Transformation"),
  pair("Директор", "Director"),
  pair("Руководитель образовательных программ", "Head of Academic Programmes"),
  pair("Основатель", "Founder"),
  pair("Ведущий методист", "Lead Instructional Designer"),
  pair("Руководитель приёмной комиссии", "Head of Admissions"),
  pair("Директор по развитию", "Development Director"),
  pair("Декан", "Dean"),
  pair("Руководитель международного отдела", "Head of International Office"),
];

const ACHIEVEMENTS: readonly Phrase[] = [
  (r) =>
    numbered(
      r.int(12, 80),
      "Автор # научных статей и двух учебников",
      "Author of # papers and two textbooks",
    ),
  (r) => numbered(r.int(5, 40), "Автор # онлайн-курсов", "Author of # online courses"),
  (r) => numbered(r.int(10, 30), "# лет в образовании", "# years in education"),
  () => pair("Эксперт конкурсов профессионального мастерства", "Judge at professional skills competitions"),
  () => pair("Лауреат отраслевой премии в области образования", "Winner of an education industry award"),
  () =>
    pair(
      "Член экспертного совета по цифровому образованию",
      "Member of an expert council on digital learning",
    ),
  (r) => numbered(r.int(6, 25), "Наставник # EdTech-проектов", "Mentor to # EdTech projects"),
];

const INTERESTS = [
  pair(
    "Занимается проектированием цифровых программ и оценкой результатов обучения.",
    "Works on digital programme design and measuring learning outcomes.",
  ),
  pair(
    "Развивает партнёрства с работодателями и программы практики.",
    "Builds partnerships with employers and work placement programmes.",
  ),
  pair(
    "Исследует, как искусственный интеллект меняет работу учителя.",
    "Studies how artificial intelligence changes a teacher's work.",
  ),
  pair(
    "Отвечает за привлечение иностранных студентов и академическую мобильность.",
    "Leads international student recruitment and academic mobility.",
  ),
  pair(
    "Выстраивает корпоративное обучение в крупных компаниях.",
    "Designs corporate training for large companies.",
  ),
];

export const PROGRAMME_SPEAKERS = 20;

/** 20 programme speakers from approved exhibitors, then one host for each webinar exhibitor. */
export function speakerRows(
  random: Random,
  exhibitors: readonly ExhibitorPlan[],
  hosts: readonly ExhibitorPlan[],
  now: Date,
): Insertable<SpeakersTable>[] {
  const approved = exhibitors.filter((exhibitor) => exhibitor.status === "approved");
  const companies = [...random.sample(approved, PROGRAMME_SPEAKERS), ...hosts];
  const people = drawPeople(random, companies.length);
  return companies.map((company, index) => {
    const person = people[index];
    if (person === undefined) throw new Error("drawPeople returned too few people");
    const name = fullName(person);
    const position = random.pick(POSITIONS);
    const achievements = random.sample(ACHIEVEMENTS, 2).map((phrase) => phrase(random));
    const years = random.int(8, 30);
    const interest = random.pick(INTERESTS);
    return {
      id: demoId(`speaker:${index}`),
      exhibition_id: exhibitionId,
      exhibitor_id: index >= PROGRAMME_SPEAKERS ? company.id : null,
      name_ru: name.ru,
      name_en: name.en,
      achievements_ru: achievements.map((a) => a.ru).join("; "),
      achievements_en: achievements.map((a) => a.en).join("; "),
      bio_ru: `${position.ru}, ${company.name.ru}. Более ${years} лет работает в образовании. ${interest.ru}`,
      bio_en: `${position.en}, ${company.name.en}. Has worked in education for over ${years} years. ${interest.en}`,
      company_ru: company.name.ru,
      company_en: company.name.en,
      photo_file_id: null,
      phone: `+7 (9${random.int(10, 99)}) ${random.int(200, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`,
      email: `${emailLocalPart(person)}@${company.slug}.example`,
      created_at: now.toISOString(),
    };
  });
}

function numbered(n: number, ru: string, en: string): Bilingual {
  return pair(ru.replace("#", String(n)), en.replace("#", String(n)));
}
