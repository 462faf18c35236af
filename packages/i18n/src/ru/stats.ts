import type { stats as en } from "../en/stats.ts";
import type { CatalogueShape } from "../shape.ts";

export const stats: CatalogueShape<typeof en> = {
  tab: "Статистика",
  title: "Статистика стенда",
  lead: "Что посетители делали на вашем стенде и вебинарах за выбранный период. Дни считаются по часовому поясу выставки, цифры обновляются раз в несколько минут.",

  period: {
    presets: "Период",
    whole: "Вся выставка",
    today: "Сегодня",
    last7: "Последние 7 дней",
    from: "С",
    to: "По",
    showing: "Показано: {{range}}",
    reversed: "Период должен заканчиваться не раньше, чем начинается.",
  },

  report: {
    xlsx: "Скачать отчёт (.xlsx)",
    csv: "CSV",
    xlsxLabel: "Скачать отчёт за этот период в файле Excel",
    csvLabel: "Скачать данные по дням за этот период в файле CSV",
  },

  figures: {
    visits: "Посещения стенда",
    uniqueVisitors: "Уникальные посетители",
    averageTime: "Среднее время на стенде",
    downloads: "Скачивания",
    videoPlays: "Просмотры видео",
    chatMessages: "Сообщения в чате",
    contacts: "Оставили контакты",
    meetings: "Назначено встреч",
    modelViews: "Просмотры 3D-моделей",
    tourVisits: "Посещения 360°-экскурсии",
    tourTime: "Время на экскурсии",
    minutes: "{{minutes}} мин",
    minutesSeconds: "{{minutes}} мин {{seconds}} с",
    seconds: "{{seconds}} с",
  },

  chart: {
    title: "Посещения по дням",
    visits: "Посещения",
    uniqueVisitors: "Уникальные посетители",
    day: "День",
    empty: "За этот период посещений не было.",
    summary: "Самый посещаемый день — {{day}}, посещений: {{max}}. Всего дней в периоде: {{days}}.",
  },

  materials: {
    title: "Скачивания по материалам",
    empty: "За этот период ничего не скачивали.",
    downloads_one: "{{formatted}} скачивание",
    downloads_few: "{{formatted}} скачивания",
    downloads_many: "{{formatted}} скачиваний",
    downloads_other: "{{formatted}} скачивания",
  },

  webinars: {
    title: "Вебинары: записались → пришли",
    empty: "За этот период ваших вебинаров не было.",
    numbers: "записались {{registered}} → пришли {{attended}}",
    rate: "пришли {{rate}}",
    noRate: "никто не записался",
  },
};
