/** Materials on the demo booths: a few shared PDF documents and links to the exhibitors' sites. */
import type { MaterialsTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import { type Bilingual, pair } from "./bilingual.ts";
import type { ExhibitorPlan } from "./exhibitors.ts";
import { demoId } from "./ids.ts";
import { PALETTE } from "./logos.ts";
import { buildPdf } from "./pdf.ts";
import type { Random } from "./random.ts";

interface DemoDocument {
  fileName: string;
  title: Bilingual;
  description: Bilingual;
  lines: readonly string[];
}

const DOCUMENTS: readonly DemoDocument[] = [
  {
    fileName: "programme-catalogue-2026.pdf",
    title: pair("Каталог программ 2026", "Programme catalogue 2026"),
    description: pair("Все программы, сроки и форматы обучения.", "Every programme, its length and format."),
    lines: ["Programmes for 2026: full-time, part-time and online.", "Bachelor, master and short courses."],
  },
  {
    fileName: "admission-rules.pdf",
    title: pair("Правила приёма", "Admission rules"),
    description: pair("Сроки подачи документов и вступительные испытания.", "Deadlines and entrance tests."),
    lines: ["Applications open on 20 June and close on 25 July.", "Entrance tests are held online."],
  },
  {
    fileName: "tuition-fees.pdf",
    title: pair("Стоимость обучения и скидки", "Tuition fees and discounts"),
    description: pair(
      "Цены, рассрочка и скидки для участников выставки.",
      "Prices, instalments, fair discounts.",
    ),
    lines: [
      "Tuition can be paid per term or in monthly instalments.",
      "Visitors of the fair get a discount.",
    ],
  },
  {
    fileName: "presentation.pdf",
    title: pair("Презентация организации", "Organisation presentation"),
    description: pair("Кто мы, чему учим и чего добились выпускники.", "Who we are, what we teach, alumni."),
    lines: ["Who we are and what we teach.", "Our partners, our graduates and where they work."],
  },
  {
    fileName: "parents-guide.pdf",
    title: pair("Памятка для родителей", "Guide for parents"),
    description: pair("Как выбрать программу вместе с ребёнком.", "How to choose a programme together."),
    lines: ["How to choose a programme together with your child.", "Questions to ask at the open day."],
  },
];

const LINKS: readonly { path: string; title: Bilingual; description: Bilingual }[] = [
  {
    path: "tour",
    title: pair("Виртуальная экскурсия", "Virtual tour"),
    description: pair("Прогулка по кампусу и аудиториям.", "A walk around the campus and classrooms."),
  },
  {
    path: "admissions",
    title: pair("Приёмная комиссия онлайн", "Online admissions office"),
    description: pair("Ответы на вопросы о поступлении.", "Answers to admission questions."),
  },
  {
    path: "open-days",
    title: pair("Дни открытых дверей", "Open days"),
    description: pair("Расписание и запись.", "Dates and sign-up."),
  },
  {
    path: "trial",
    title: pair("Пробное занятие", "Trial lesson"),
    description: pair("Бесплатное занятие для знакомства.", "A free lesson to get to know us."),
  },
];

/** The shared demo PDF documents, as bytes, in a fixed order. */
export function demoPdfs(): Uint8Array[] {
  return DOCUMENTS.map((doc, index) =>
    buildPdf({
      title: doc.title.en,
      lines: [...doc.lines, "", doc.description.en],
      color: PALETTE[(index * 3) % PALETTE.length],
    }),
  );
}

/** 1–3 materials per exhibitor: one shared PDF and links to its site; `pdfIds` follow demoPdfs(). */
export function materialRows(
  random: Random,
  exhibitors: readonly ExhibitorPlan[],
  pdfIds: readonly string[],
  now: Date,
): Insertable<MaterialsTable>[] {
  const rows: Insertable<MaterialsTable>[] = [];
  for (const exhibitor of exhibitors) {
    const docIndex = random.int(0, DOCUMENTS.length - 1);
    const doc = DOCUMENTS[docIndex];
    const fileId = pdfIds[docIndex];
    if (doc === undefined || fileId === undefined) throw new Error("Each demo document needs a stored file");
    // Demo materials are on show from the start, as if an organiser had approved them.
    const base = { exhibitor_id: exhibitor.id, published: 1, approved: 1, created_at: now.toISOString() };
    rows.push({
      ...base,
      id: demoId(`material:${exhibitor.slug}:${doc.fileName}`),
      kind: "pdf",
      file_id: fileId,
      url: null,
      file_name: doc.fileName,
      title_ru: doc.title.ru,
      title_en: doc.title.en,
      description_ru: doc.description.ru,
      description_en: doc.description.en,
      position: 0,
    });
    random.sample(LINKS, random.int(0, 2)).forEach((link, index) => {
      rows.push({
        ...base,
        id: demoId(`material:${exhibitor.slug}:${link.path}`),
        kind: "link",
        file_id: null,
        url: `https://${exhibitor.slug}.example/${link.path}`,
        file_name: null,
        title_ru: link.title.ru,
        title_en: link.title.en,
        description_ru: link.description.ru,
        description_en: link.description.en,
        position: index + 1,
      });
    });
  }
  return rows;
}
