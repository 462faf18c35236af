import type { authoringEmail as en } from "../en/authoringEmail.ts";
import type { CatalogueShape } from "../shape.ts";

export const authoringEmail: CatalogueShape<typeof en> = {
  approved: {
    subject: "Одобрено: {{event}}",
    body: "Здравствуйте, {{name}}!\n\nОрганизаторы выставки «{{exhibition}}» одобрили мероприятие «{{event}}». Оно включено в программу, регистрация открыта:\n{{url}}\n",
  },
  sentBack: {
    subject: "Нужны исправления: {{event}}",
    body: "Здравствуйте, {{name}}!\n\nОрганизаторы выставки «{{exhibition}}» вернули вам мероприятие «{{event}}» на доработку. Их замечание:\n\n{{note}}\n\nВнесите исправления и отправьте мероприятие на согласование снова:\n{{editUrl}}\n",
  },
  revisionApproved: {
    subject: "Изменения одобрены: {{event}}",
    body: "Здравствуйте, {{name}}!\n\nОрганизаторы выставки «{{exhibition}}» одобрили ваши изменения мероприятия «{{event}}». Страница мероприятия уже показывает их:\n{{url}}\n",
  },
  revisionSentBack: {
    subject: "Изменения не одобрены: {{event}}",
    body: "Здравствуйте, {{name}}!\n\nОрганизаторы выставки «{{exhibition}}» не одобрили ваши изменения мероприятия «{{event}}»; мероприятие остаётся в ранее одобренном виде. Их замечание:\n\n{{note}}\n\nВы можете исправить предложение и отправить его снова:\n{{editUrl}}\n",
  },
  timeChanged: {
    subject: "Новое время: {{event}}",
    body: "Здравствуйте, {{name}}!\n\nУ мероприятия «{{event}}», на которое вы зарегистрированы, новое время.\n\nБыло: {{before}}\nСтало: {{when}}\n\nВаша регистрация сохраняется. Приложенный файл event.ics обновит запись в вашем календаре.\nСтраница мероприятия: {{url}}\n",
  },
  cancelled: {
    subject: "Отменено: {{event}}",
    body: "Здравствуйте, {{name}}!\n\nК сожалению, мероприятие «{{event}}» ({{when}}), на которое вы зарегистрированы, отменено. Причина:\n\n{{reason}}\n\nДругие мероприятия программы: {{programmeUrl}}\n",
  },
};
