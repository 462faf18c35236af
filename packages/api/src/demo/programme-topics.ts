/** Titles and talking points of the organiser's programme, per slot of the daily grid. */
import { type Bilingual, pair } from "./bilingual.ts";

export type SlotKey = "regional" | "plenary" | "practical" | "educational" | "industry";

export interface SlotTopics {
  intro: Bilingual;
  titles: readonly Bilingual[];
  points: readonly Bilingual[];
}

/** Topics for four days: two titles a day for two-stream slots, one for the plenary. */
export const TOPICS: Readonly<Record<SlotKey, SlotTopics>> = {
  regional: {
    intro: pair(
      "Региональный час: как регионы строят систему образования под задачи своей экономики.",
      "Regional hour: how regions shape education around the needs of their economy.",
    ),
    titles: [
      pair(
        "Регион в фокусе: Татарстан — кадры для цифровой экономики",
        "Region in focus: Tatarstan — talent for the digital economy",
      ),
      pair(
        "Регион в фокусе: Новосибирская область — наука и школа",
        "Region in focus: Novosibirsk — science and schools",
      ),
      pair(
        "Регион в фокусе: Калининград — образование на границе Европы",
        "Region in focus: Kaliningrad — education on Europe's edge",
      ),
      pair(
        "Регион в фокусе: Приморье — ворота в Азию для студентов",
        "Region in focus: Primorye — students' gateway to Asia",
      ),
      pair(
        "Регион в фокусе: Урал — инженерные колледжи нового типа",
        "Region in focus: the Urals — a new kind of engineering college",
      ),
      pair(
        "Регион в фокусе: Якутия — школа на расстоянии тысячи километров",
        "Region in focus: Yakutia — school across a thousand kilometres",
      ),
      pair(
        "Регион в фокусе: Нижний Новгород — IT-кластер и вузы",
        "Region in focus: Nizhny Novgorod — the IT cluster and universities",
      ),
      pair(
        "Регион в фокусе: Кубань — аграрное образование",
        "Region in focus: Kuban — agricultural education",
      ),
    ],
    points: [
      pair("региональные программы подготовки кадров", "regional workforce programmes"),
      pair("сельские школы и дистанционное обучение", "rural schools and distance learning"),
      pair("сотрудничество колледжей с предприятиями", "colleges working with local employers"),
      pair("как удержать выпускников в регионе", "keeping graduates in the region"),
      pair("опыт, который можно перенести в другие регионы", "practice other regions can adopt"),
    ],
  },
  plenary: {
    intro: pair(
      "Пленарное заседание выставки: руководители вузов, школ и EdTech-компаний о главном.",
      "The fair's plenary session: leaders of universities, schools and EdTech on what matters most.",
    ),
    titles: [
      pair(
        "Образование 2030: навыки, которые понадобятся через десять лет",
        "Education 2030: the skills we will need in ten years",
      ),
      pair(
        "Искусственный интеллект в классе: помощник или соперник",
        "AI in the classroom: assistant or rival",
      ),
      pair(
        "Экспорт образования: как привлечь иностранных студентов",
        "Exporting education: attracting international students",
      ),
      pair(
        "Учитель будущего: профессия в эпоху цифровых платформ",
        "The teacher of the future: a profession in the platform age",
      ),
    ],
    points: [
      pair("какие профессии появятся и исчезнут", "which jobs will appear and disappear"),
      pair("роль государства, бизнеса и университетов", "the roles of the state, business and universities"),
      pair("качество онлайн-образования", "the quality of online education"),
      pair("равный доступ к образованию", "equal access to education"),
      pair("как измерять результаты обучения", "how to measure learning outcomes"),
    ],
  },
  practical: {
    intro: pair(
      "Практическая сессия: разбираем кейсы и пробуем инструменты вместе с участниками.",
      "Practical session: we work through cases and try tools together with participants.",
    ),
    titles: [
      pair(
        "Как сделать онлайн-курс, который проходят до конца",
        "Building an online course people actually finish",
      ),
      pair(
        "Проектное обучение в школе: от идеи до защиты",
        "Project-based learning at school: from idea to defence",
      ),
      pair("VR-тренажёры в профессиональном образовании", "VR simulators in vocational training"),
      pair("Геймификация урока без лишних затрат", "Gamifying a lesson on a budget"),
      pair("Цифровое портфолио студента", "The student's digital portfolio"),
      pair("Обратная связь, которая помогает учиться", "Feedback that helps people learn"),
      pair("Смешанное обучение: расписание и нагрузка", "Blended learning: timetables and workload"),
      pair("Как провести день открытых дверей онлайн", "Running an open day online"),
    ],
    points: [
      pair("пошаговый разбор реального кейса", "a real case step by step"),
      pair("шаблоны и чек-листы для участников", "templates and checklists for participants"),
      pair("типичные ошибки и как их избежать", "common mistakes and how to avoid them"),
      pair("бесплатные и недорогие инструменты", "free and low-cost tools"),
      pair("ответы на вопросы из чата", "answers to questions from the chat"),
    ],
  },
  educational: {
    intro: pair(
      "Образовательный час: эксперты делятся методиками, которые работают.",
      "Educational hour: experts share methods that work.",
    ),
    titles: [
      pair(
        "Функциональная грамотность: что это и как её развивать",
        "Functional literacy: what it is and how to build it",
      ),
      pair(
        "Инклюзивное образование: практика школ и колледжей",
        "Inclusive education: how schools and colleges do it",
      ),
      pair("Профориентация, которая работает", "Career guidance that works"),
      pair("Английский язык для инженеров", "English for engineers"),
      pair("Математика без страха", "Maths without fear"),
      pair("Наставничество в вузе и на производстве", "Mentoring at university and at work"),
      pair("Как учить взрослых: андрагогика на практике", "Teaching adults: andragogy in practice"),
      pair("Цифровая безопасность школьников", "Digital safety for pupils"),
    ],
    points: [
      pair("методики с доказанной эффективностью", "methods with proven results"),
      pair("как оценивать прогресс учеников", "how to assess learners' progress"),
      pair("работа с родителями", "working with parents"),
      pair("материалы для самостоятельной работы", "materials for independent study"),
      pair("примеры уроков и занятий", "sample lessons and classes"),
    ],
  },
  industry: {
    intro: pair(
      "Отраслевой час: работодатели и образовательные организации договариваются о кадрах.",
      "Industry hour: employers and educators agree on the talent they need.",
    ),
    titles: [
      pair(
        "Кадры для IT: что ждут работодатели от выпускников",
        "Talent for IT: what employers expect from graduates",
      ),
      pair("Инженеры для промышленности: целевое обучение", "Engineers for industry: sponsored training"),
      pair("Медицинское образование и симуляционные центры", "Medical education and simulation centres"),
      pair("Корпоративные университеты: строить или покупать", "Corporate universities: build or buy"),
      pair("Креативные индустрии: чему учить дизайнеров", "Creative industries: what designers should learn"),
      pair(
        "Туризм и гостеприимство: сезонные профессии круглый год",
        "Tourism and hospitality: seasonal jobs all year round",
      ),
      pair("Логистика и транспорт: новые компетенции", "Logistics and transport: new competencies"),
      pair("Энергетика: как привлечь молодых специалистов", "Energy: attracting young professionals"),
    ],
    points: [
      pair("требования работодателей к выпускникам", "what employers require of graduates"),
      pair("совместные программы вузов и компаний", "joint programmes of universities and companies"),
      pair("стажировки и практика", "internships and placements"),
      pair("независимая оценка квалификаций", "independent assessment of qualifications"),
      pair("зарплаты и карьерные треки молодых специалистов", "pay and career paths of young professionals"),
    ],
  },
};
