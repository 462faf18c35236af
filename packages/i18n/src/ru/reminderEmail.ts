import type { reminderEmail as en } from "../en/reminderEmail.ts";
import type { CatalogueShape } from "../shape.ts";

export const reminderEmail: CatalogueShape<typeof en> = {
  title: "reminderEmail",
  when: "{{date}} в {{time}} ({{zone}})",
  weekly: {
    subject: "Напоминание: {{title}}, {{date}}",
    body: "Здравствуйте, {{name}}!\n\nВы зарегистрированы на «{{title}}». Мероприятие пройдёт {{when}}.\n\nМероприятие и ваше расписание:\n{{url}}\n",
  },
  final: {
    subject: "Завтра: {{title}}",
    body: "Здравствуйте, {{name}}!\n\n«{{title}}» — уже завтра, {{when}}. Ждём вас.\n\nМероприятие:\n{{url}}\n\nЕсли не сможете прийти, пожалуйста, отмените регистрацию на этой странице, чтобы место досталось другому участнику.\n",
  },
  soon: {
    subject: "Через 15 минут: {{title}}",
    body: "Здравствуйте, {{name}}!\n\n«{{title}}» начнётся через 15 минут, в {{time}} ({{zone}}). Подключиться:\n{{url}}\n",
  },
  materials: {
    subject: "Презентации и запись: {{title}}",
    body: "Здравствуйте, {{name}}!\n\nСпасибо за регистрацию на «{{title}}». Презентации и запись доступны для скачивания:\n{{url}}\n",
  },
};
