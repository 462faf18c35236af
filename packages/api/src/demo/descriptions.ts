/** Two or three sentence descriptions of exhibitors, assembled from varied phrases. */
import type { Bilingual } from "./bilingual.ts";
import type { FloorKey } from "./exhibition.ts";
import type { Random } from "./random.ts";

type Phrase = (random: Random) => Bilingual;

const OPENERS: Readonly<Record<FloorKey, readonly Phrase[]>> = {
  higher: [
    (r) => {
      const n = r.int(20, 90);
      return {
        ru: `Готовим бакалавров, магистров и аспирантов по ${n} направлениям.`,
        en: `We teach bachelor's, master's and doctoral students in ${n} fields.`,
      };
    },
    (r) => {
      const year = r.int(1930, 1995);
      return {
        ru: `Университетские традиции с ${year} года и современные лаборатории.`,
        en: `University traditions since ${year} and modern laboratories.`,
      };
    },
    (r) => {
      const n = r.int(4, 18);
      return {
        ru: `У нас учатся ${n} тысяч студентов из России и других стран.`,
        en: `${n} thousand students from Russia and abroad study with us.`,
      };
    },
    () => ({
      ru: "Исследовательский вуз, где студенты с первого курса работают в проектных командах.",
      en: "A research university where students join project teams from their first year.",
    }),
  ],
  schools: [
    (r) => {
      const n = r.int(12, 45);
      return {
        ru: `Готовим специалистов рабочих и цифровых профессий: ${n} программ после 9 и 11 классов.`,
        en: `We train skilled and digital professionals: ${n} programmes after year 9 and year 11.`,
      };
    },
    () => ({
      ru: "Школа полного дня с углублённым изучением математики, естественных наук и языков.",
      en: "A full-day school with advanced mathematics, science and languages.",
    }),
    (r) => {
      const n = r.int(85, 98);
      return {
        ru: `${n} % выпускников находят работу по специальности в первый год.`,
        en: `${n}% of our graduates find work in their field within a year.`,
      };
    },
    () => ({
      ru: "Небольшие классы, проектная работа и наставник у каждого ученика.",
      en: "Small classes, project work and a mentor for every pupil.",
    }),
  ],
  edtech: [
    () => ({
      ru: "Создаём цифровые курсы и тренажёры для школ, вузов и компаний.",
      en: "We build digital courses and simulators for schools, universities and companies.",
    }),
    (r) => {
      const n = r.int(20, 900);
      return {
        ru: `Нашей платформой пользуются ${n} тысяч учеников и учителей.`,
        en: `${n} thousand learners and teachers use our platform.`,
      };
    },
    () => ({
      ru: "Адаптивное обучение: система подбирает задания под уровень каждого ученика.",
      en: "Adaptive learning: the system picks exercises to fit each learner's level.",
    }),
    () => ({
      ru: "Учим программированию, робототехнике и анализу данных в игровой форме.",
      en: "We teach coding, robotics and data analysis through play.",
    }),
  ],
  continuing: [
    (r) => {
      const n = r.int(40, 300);
      return {
        ru: `Более ${n} программ повышения квалификации и переподготовки с дипломом установленного образца.`,
        en: `More than ${n} professional development and retraining programmes with a recognised diploma.`,
      };
    },
    () => ({
      ru: "Проектируем корпоративные академии и обучаем команды под задачи бизнеса.",
      en: "We design corporate academies and train teams for business goals.",
    }),
    (r) => {
      const n = r.int(6, 24);
      return {
        ru: `Преподаём ${n} иностранных языков для взрослых и подростков.`,
        en: `We teach ${n} foreign languages to adults and teenagers.`,
      };
    },
    () => ({
      ru: "Короткие практические курсы для тех, кто меняет профессию.",
      en: "Short practical courses for people changing careers.",
    }),
  ],
  abroad: [
    (r) => {
      const n = r.int(8, 35);
      return {
        ru: `Помогаем поступить в университеты ${n} стран и получить стипендию.`,
        en: `We help students enter universities in ${n} countries and win scholarships.`,
      };
    },
    () => ({
      ru: "Программы бакалавриата и магистратуры на английском языке с практикой в компаниях.",
      en: "English-taught bachelor's and master's programmes with company placements.",
    }),
    () => ({
      ru: "Языковые курсы и летние школы за рубежом для школьников и студентов.",
      en: "Language courses and summer schools abroad for pupils and students.",
    }),
    (r) => {
      const n = r.int(10, 25);
      return {
        ru: `${n} лет сопровождаем студентов от выбора программы до визы и заселения.`,
        en: `For ${n} years we have guided students from choosing a programme to the visa and housing.`,
      };
    },
  ],
};

const MIDDLES: readonly Phrase[] = [
  () => ({
    ru: "Партнёры — ведущие работодатели региона, они участвуют в разработке программ.",
    en: "Leading regional employers are our partners and help shape the programmes.",
  }),
  () => ({
    ru: "Обучение можно пройти очно, онлайн или в смешанном формате.",
    en: "You can study on site, online or in a blended format.",
  }),
  (r) => {
    const tenth = r.int(5, 9);
    return {
      ru: `Средний балл отзывов слушателей — 4,${tenth} из 5.`,
      en: `Learners rate us 4.${tenth} out of 5 on average.`,
    };
  },
  () => ({
    ru: "Есть бюджетные места, гранты и рассрочка оплаты.",
    en: "State-funded places, grants and instalment plans are available.",
  }),
  () => ({
    ru: "Практика начинается с первого семестра, а проекты выполняются по заказам компаний.",
    en: "Practice starts in the first term, and projects come from real company briefs.",
  }),
  () => ({
    ru: "Преподаватели — практики с опытом работы в отрасли.",
    en: "Our teachers are practitioners with industry experience.",
  }),
];

const CLOSERS: readonly Phrase[] = [
  () => ({
    ru: "Заходите на стенд: покажем кампус и ответим на вопросы в чате.",
    en: "Visit our booth: we will show you the campus and answer questions in the chat.",
  }),
  () => ({
    ru: "На стенде — презентация программ и запись на день открытых дверей.",
    en: "At the booth: a presentation of our programmes and sign-up for the open day.",
  }),
  () => ({
    ru: "Оставьте контакты на стенде, и мы пришлём подборку программ.",
    en: "Leave your contacts at the booth and we will send you a selection of programmes.",
  }),
  () => ({
    ru: "Во время выставки проводим вебинары и консультации.",
    en: "During the fair we host webinars and consultations.",
  }),
];

/** A description of an exhibitor of the floor, the same in meaning in both languages. */
export function describe(random: Random, floor: FloorKey): Bilingual {
  const parts = [random.pick(OPENERS[floor])(random), random.pick(MIDDLES)(random)];
  if (random.chance(0.6)) parts.push(random.pick(CLOSERS)(random));
  return { ru: parts.map((p) => p.ru).join(" "), en: parts.map((p) => p.en).join(" ") };
}
