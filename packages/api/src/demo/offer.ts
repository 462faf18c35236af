/** What exhibitors of each floor offer, and the tags visitors search by. */
import { type Bilingual, joinPairs, pair } from "./bilingual.ts";
import type { FloorKey } from "./exhibition.ts";
import type { Random } from "./random.ts";

const PRODUCTS: Readonly<Record<FloorKey, readonly Bilingual[]>> = {
  higher: [
    pair("бакалавриат", "bachelor's programmes"),
    pair("магистратура", "master's programmes"),
    pair("аспирантура", "doctoral programmes"),
    pair("подготовительные курсы", "foundation courses"),
    pair("онлайн-магистратура", "online master's degrees"),
    pair("программы двойного диплома", "double degree programmes"),
    pair("летние школы", "summer schools"),
    pair("олимпиады для школьников", "olympiads for school pupils"),
  ],
  schools: [
    pair("программы после 9 класса", "programmes after year 9"),
    pair("программы после 11 класса", "programmes after year 11"),
    pair("профильные классы", "specialised classes"),
    pair("подготовка к экзаменам", "exam preparation"),
    pair("кружки и клубы", "clubs and societies"),
    pair("рабочие профессии", "vocational training"),
    pair("летний лагерь", "summer camp"),
    pair("дистанционное обучение", "distance learning"),
  ],
  edtech: [
    pair("платформа для онлайн-уроков", "an online lesson platform"),
    pair("VR-тренажёры", "VR simulators"),
    pair("курсы программирования", "coding courses"),
    pair("электронный журнал", "an electronic gradebook"),
    pair("конструктор курсов", "a course builder"),
    pair("наборы по робототехнике", "robotics kits"),
    pair("адаптивные тесты", "adaptive tests"),
    pair("аналитика успеваемости", "learning analytics"),
  ],
  continuing: [
    pair("повышение квалификации", "professional development"),
    pair("профессиональная переподготовка", "professional retraining"),
    pair("корпоративное обучение", "corporate training"),
    pair("курсы английского языка", "English courses"),
    pair("программы MBA", "MBA programmes"),
    pair("тренинги для руководителей", "leadership training"),
    pair("подготовка к международным экзаменам", "international exam preparation"),
    pair("наставничество", "mentoring"),
  ],
  abroad: [
    pair("подбор университета", "university selection"),
    pair("помощь с визой", "visa support"),
    pair("языковые курсы за рубежом", "language courses abroad"),
    pair("стипендии и гранты", "scholarships and grants"),
    pair("программы обмена", "exchange programmes"),
    pair("летние школы", "summer schools"),
    pair("подготовка к IELTS и TOEFL", "IELTS and TOEFL preparation"),
    pair("проживание и сопровождение", "housing and support"),
  ],
};

const TAGS: Readonly<Record<FloorKey, readonly Bilingual[]>> = {
  higher: [
    pair("вуз", "university"),
    pair("бакалавриат", "bachelor"),
    pair("магистратура", "master"),
    pair("наука", "research"),
    pair("абитуриентам", "applicants"),
    pair("бюджетные места", "state-funded places"),
  ],
  schools: [
    pair("колледж", "college"),
    pair("школа", "school"),
    pair("СПО", "vocational"),
    pair("профориентация", "career guidance"),
    pair("ОГЭ и ЕГЭ", "exams"),
    pair("после 9 класса", "after year 9"),
  ],
  edtech: [
    pair("EdTech", "EdTech"),
    pair("онлайн-обучение", "online learning"),
    pair("VR", "VR"),
    pair("программирование", "coding"),
    pair("робототехника", "robotics"),
    pair("искусственный интеллект", "AI"),
  ],
  continuing: [
    pair("ДПО", "continuing education"),
    pair("корпоративное обучение", "corporate training"),
    pair("иностранные языки", "languages"),
    pair("MBA", "MBA"),
    pair("переподготовка", "retraining"),
    pair("soft skills", "soft skills"),
  ],
  abroad: [
    pair("учёба за рубежом", "study abroad"),
    pair("стипендии", "scholarships"),
    pair("языковые курсы", "language courses"),
    pair("визы", "visas"),
    pair("обмен", "exchange"),
    pair("летние школы", "summer schools"),
  ],
};

/** A list of 3–4 products or services of the floor, first letter capitalised. */
export function offerOf(random: Random, floor: FloorKey): Bilingual {
  const list = joinPairs(random.sample(PRODUCTS[floor], random.int(3, 4)), ", ");
  return { ru: capitalise(list.ru), en: capitalise(list.en) };
}

/** 3–4 tags of the floor as one comma-separated string, Russian tags then English ones. */
export function tagsOf(random: Random, floor: FloorKey): string {
  const tags = random.sample(TAGS[floor], random.int(3, 4));
  return [...new Set([...tags.map((tag) => tag.ru), ...tags.map((tag) => tag.en)])].join(", ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
