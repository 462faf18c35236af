import type { errors as en } from "../en/errors.ts";
import type { CatalogueShape } from "../shape.ts";

export const errors: CatalogueShape<typeof en> = {
  codes: {
    "validation.invalid": "Исправьте отмеченные поля.",
    "auth.emailTaken": "Учётная запись с этим e-mail уже есть. Войдите или восстановите пароль.",
    "auth.invalidCredentials": "Неверный e-mail или пароль.",
    "auth.resetLinkInvalid": "Ссылка для смены пароля недействительна. Запросите новую.",
    "auth.resetLinkExpired": "Срок действия ссылки для смены пароля истёк. Запросите новую.",
    "auth.signInRequired": "Войдите, чтобы продолжить.",
    "auth.forbidden": "У вас нет доступа к этому разделу.",
    notFound: "Не найдено.",
    "floor.overlapsBooth": "Стенд нельзя поставить сюда: он заденет другой стенд.",
    "floor.blocksAlley": "Стенд нельзя поставить сюда: он перегородит проход.",
    "floor.outsideFloor": "Стенд нельзя поставить сюда: он выйдет за пределы зала.",
    rateLimited: "Слишком много попыток. Подождите минуту и попробуйте снова.",
    internal: "Что-то пошло не так на нашей стороне. Попробуйте ещё раз.",
  },
  fields: {
    required: "{{field}}: обязательное поле.",
    tooShort: "{{field}}: не короче {{min}} символов.",
    tooLong: "{{field}}: не длиннее {{max}} символов.",
    invalidEmail: "{{field}}: введите адрес вида name@example.com.",
    invalidChoice: "{{field}}: выберите один из вариантов.",
    invalid: "{{field}}: недопустимое значение.",
  },
  fieldNames: {
    name: "Имя",
    email: "E-mail",
    password: "Пароль",
    token: "Ссылка",
    locale: "Язык",
    query: "Поиск",
    _: "Запрос",
  },
};
