/** Invented people: Russian names with their usual English spelling. */
import { type Bilingual, pair } from "./bilingual.ts";
import type { Random } from "./random.ts";

export interface Person {
  first: Bilingual;
  last: Bilingual;
  female: boolean;
}

const MALE = [
  pair("Алексей", "Alexey"),
  pair("Андрей", "Andrey"),
  pair("Артём", "Artyom"),
  pair("Дмитрий", "Dmitry"),
  pair("Егор", "Egor"),
  pair("Иван", "Ivan"),
  pair("Кирилл", "Kirill"),
  pair("Максим", "Maxim"),
  pair("Михаил", "Mikhail"),
  pair("Николай", "Nikolay"),
  pair("Павел", "Pavel"),
  pair("Сергей", "Sergey"),
];

const FEMALE = [
  pair("Анна", "Anna"),
  pair("Валерия", "Valeria"),
  pair("Дарья", "Daria"),
  pair("Екатерина", "Ekaterina"),
  pair("Елена", "Elena"),
  pair("Ирина", "Irina"),
  pair("Ксения", "Ksenia"),
  pair("Марина", "Marina"),
  pair("Мария", "Maria"),
  pair("Наталья", "Natalia"),
  pair("Ольга", "Olga"),
  pair("Татьяна", "Tatiana"),
];

// Surnames in -ов, -ев, -ин: the feminine form adds -а in both languages.
const SURNAMES = [
  pair("Андреев", "Andreev"),
  pair("Белов", "Belov"),
  pair("Воронин", "Voronin"),
  pair("Гусев", "Gusev"),
  pair("Данилов", "Danilov"),
  pair("Ершов", "Ershov"),
  pair("Журавлёв", "Zhuravlev"),
  pair("Захаров", "Zakharov"),
  pair("Ильин", "Ilyin"),
  pair("Калинин", "Kalinin"),
  pair("Комаров", "Komarov"),
  pair("Лебедев", "Lebedev"),
  pair("Медведев", "Medvedev"),
  pair("Никитин", "Nikitin"),
  pair("Орлов", "Orlov"),
  pair("Панов", "Panov"),
  pair("Романов", "Romanov"),
  pair("Соболев", "Sobolev"),
  pair("Тихонов", "Tikhonov"),
  pair("Уваров", "Uvarov"),
  pair("Фролов", "Frolov"),
  pair("Цветков", "Tsvetkov"),
  pair("Шубин", "Shubin"),
  pair("Яковлев", "Yakovlev"),
  pair("Волков", "Volkov"),
  pair("Голубев", "Golubev"),
  pair("Жуков", "Zhukov"),
  pair("Киселёв", "Kiselev"),
  pair("Макаров", "Makarov"),
  pair("Носов", "Nosov"),
  pair("Родин", "Rodin"),
  pair("Суворов", "Suvorov"),
  pair("Титов", "Titov"),
  pair("Чернов", "Chernov"),
  pair("Щукин", "Shchukin"),
  pair("Мельников", "Melnikov"),
];

/** `count` people with distinct surnames, about half of them women. */
export function drawPeople(random: Random, count: number): Person[] {
  if (count > SURNAMES.length) throw new Error(`At most ${SURNAMES.length} distinct demo people`);
  return random.sample(SURNAMES, count).map((surname) => {
    const female = random.chance(0.5);
    const last = female ? pair(`${surname.ru}а`, `${surname.en}a`) : surname;
    return { first: random.pick(female ? FEMALE : MALE), last, female };
  });
}

/** "First Last" in both languages. */
export function fullName(person: Person): Bilingual {
  return pair(`${person.first.ru} ${person.last.ru}`, `${person.first.en} ${person.last.en}`);
}

/** A Latin e-mail local part: first.last, lower case. */
export function emailLocalPart(person: Person): string {
  return `${person.first.en}.${person.last.en}`.toLowerCase().replace(/[^a-z.]/g, "");
}
