import type { statsReport as en } from "../en/statsReport.ts";
import type { CatalogueShape } from "../shape.ts";

export const statsReport: CatalogueShape<typeof en> = {
  title: "Статистика стенда",
  fileName: "Статистика стенда — {{company}} — {{from}}–{{to}}",
  sheets: {
    summary: "Сводка",
    days: "По дням",
    materials: "Материалы",
    webinars: "Вебинары",
  },
  summary: {
    item: "Показатель",
    value: "Значение",
    company: "Компания",
    period: "Период",
    periodValue: "{{from}} – {{to}}",
    timeZone: "Дни по часовому поясу",
    visits: "Посещения стенда",
    uniqueVisitors: "Уникальные посетители за период",
    dwellTime: "Время на стенде, минут",
    averageVisit: "Среднее время посещения, секунд",
    downloads: "Скачивания",
    videoPlays: "Просмотры видео",
    chatMessages: "Сообщения в чате",
    contacts: "Оставлено контактов",
    meetings: "Назначено встреч",
    modelViews: "Просмотры 3D-моделей",
    tourVisits: "Посещения тура",
    tourTime: "Время в туре, минут",
    uniquesNote:
      "Человек, приходивший в несколько дней, в уникальных посетителях за период учтён один раз, а в строках дней — в каждом дне.",
  },
  days: {
    day: "День",
    visits: "Посещения",
    uniqueVisitors: "Уникальные посетители",
    dwellMinutes: "Время на стенде, минут",
    downloads: "Скачивания",
    videoPlays: "Просмотры видео",
    chatMessages: "Сообщения в чате",
  },
  materials: {
    title: "Материал",
    downloads: "Скачивания",
  },
  webinars: {
    title: "Вебинар",
    startsAt: "Начало ({{zone}})",
    registered: "Зарегистрировались",
    attended: "Пришли",
    attendanceRate: "Явка, %",
  },
};
