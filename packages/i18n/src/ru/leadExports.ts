import type { leadExports as en } from "../en/leadExports.ts";
import type { CatalogueShape } from "../shape.ts";

export const leadExports: CatalogueShape<typeof en> = {
  sheet: "Лиды",
  fileName: "Лиды — {{company}}",
  columns: {
    name: "Имя",
    company: "Компания",
    position: "Должность",
    email: "E-mail",
    phone: "Телефон",
    consent: "Согласие на передачу контактов",
    source: "Источник",
    status: "Статус",
    warmth: "Теплота",
    band: "Уровень",
    assignee: "Ответственный",
    created: "Стал лидом ({{zone}})",
    lastActivity: "Последняя активность ({{zone}})",
    notes: "Заметки",
  },
  consent: { yes: "Да", no: "Нет" },
  source: {
    contact: "Оставил контакты",
    registration: "Записался на вебинар",
    meeting: "Записался на встречу",
    chat: "Чат на стенде",
  },
  status: {
    new: "Новый",
    contacted: "Связались",
    qualified: "Квалифицирован",
    won: "Сделка",
    lost: "Потерян",
  },
  band: { cold: "Холодный", warm: "Тёплый", hot: "Горячий" },
};
