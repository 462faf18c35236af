import type { email as en } from "../en/email.ts";
import type { CatalogueShape } from "../shape.ts";

export const email: CatalogueShape<typeof en> = {
  signature: "Pavilion — {{exhibition}}",
  welcome: {
    subject: "Добро пожаловать на {{exhibition}}",
    body: "Здравствуйте, {{name}}!\n\nВаша учётная запись на выставке «{{exhibition}}» готова. Гуляйте по этажам выставки, заходите на стенды и участвуйте в вебинарах:\n{{url}}\n",
  },
  passwordReset: {
    subject: "Смена пароля",
    body: "Здравствуйте, {{name}}!\n\nКто-то (надеемся, вы) запросил смену пароля вашей учётной записи. Откройте ссылку в течение {{hours}} ч., чтобы задать новый пароль:\n{{url}}\n\nЕсли это были не вы, просто проигнорируйте письмо: пароль останется прежним.\n",
  },
};
