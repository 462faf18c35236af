import type { exportFiles as en } from "../en/exportFiles.ts";
import type { CatalogueShape } from "../shape.ts";

export const exportFiles: CatalogueShape<typeof en> = {
  registrants: {
    sheet: "Участники",
    fileName: "Участники — {{title}}",
    columns: {
      lastName: "Фамилия",
      firstName: "Имя",
      company: "Компания",
      position: "Должность",
      email: "E-mail",
      phone: "Телефон",
      heardFrom: "Откуда узнал(а)",
      status: "Статус",
      reason: "Причина",
      registeredAt: "Дата регистрации ({{zone}})",
      registeredBy: "Кто зарегистрировал",
      attended: "Был(а) на вебинаре",
      checkedIn: "Отмечен(а) на входе",
    },
    status: {
      accepted: "Принята",
      pending: "Ждёт подтверждения",
      rejected: "Отклонена",
      cancelled: "Отменена",
    },
    selfRegistered: "Сам(а)",
  },
};
