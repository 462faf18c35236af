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
    "upload.empty": "Файл пустой (0 байт). Выберите файл ещё раз.",
    "upload.tooLarge": "Файл слишком большой: {{sizeRu}}. Для файлов этого типа предел — {{limitRu}}.",
    "upload.typeNotAllowed":
      "Файлы такого типа здесь не принимаются (по содержимому это {{detectedRu}}). Можно: {{allowed}}.",
    "upload.svgRefused":
      "Изображения SVG не принимаются: в них могут быть скрипты. Загрузите PNG, JPEG или WebP.",
    "upload.notVideo":
      "Этот файл — не видео, которое можно воспроизвести. Загрузите видео MP4 (H.264) или WebM.",
    "upload.corrupt": "Файл повреждён или не соответствует своему типу, открыть его нельзя.",
    "upload.duplicate": "Этот файл уже загружен (как «{{name}}»).",
    "upload.quotaExceeded":
      "Не хватает места: файлу нужно {{sizeRu}}, свободно {{remainingRu}} из {{quotaRu}}.",
    "upload.incomplete": "Загрузка не завершилась. Выберите файл ещё раз, чтобы продолжить.",
    "upload.gone": "Загрузка не найдена или устарела. Выберите файл ещё раз.",
    "cabinet.ownerRequired": "Это может сделать только владелец аккаунта компании.",
    "cabinet.lastOwner":
      "У аккаунта компании должен остаться хотя бы один владелец. Сначала назначьте владельцем другого сотрудника.",
    "cabinet.notSubmittable": "Отправлять нечего: стенд уже ждёт проверки или в нём нет изменений.",
    "cabinet.incomplete": "Перед отправкой заполните название компании на обоих языках.",
    "cabinet.alreadyMember": "{{email}} уже в команде.",
    "moderation.notSubmitted": "Этот стенд не ждёт проверки (возможно, решение уже принято).",
    "invite.invalid": "Ссылка-приглашение недействительна. Попросите владельца компании прислать новую.",
    "invite.expired": "Срок приглашения истёк. Попросите владельца компании прислать новое.",
    "invite.alreadyMember": "Вы уже в команде этой компании.",
    "invite.wrongAccount":
      "Приглашение отправлено на адрес {{email}}. Войдите с этим адресом, чтобы принять его.",
    "material.fileRequired": "Для материала этого типа нужен загруженный файл.",
    rateLimited: "Слишком много попыток. Попробуйте снова через {{minutes}} мин.",
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
    consent: "Согласие на передачу контактов",
    reason: "Причина",
    url: "Адрес",
    company: "Компания",
    position: "Должность",
    phone: "Телефон",
    message: "Сообщение",
    role: "Роль",
    _: "Запрос",
  },
};
