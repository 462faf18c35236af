/** Words for the demo's timed agendas: the fixed items, webinar talk titles and theses to draw from. */
import { type Bilingual, pair } from "./bilingual.ts";

export const REGISTRATION_TITLE = pair("Регистрация и подключение участников", "Registration and joining");
export const BREAK_TITLE = pair("Кофе-брейк", "Coffee break");
export const QA_TITLE = pair("Ответы на вопросы из чата", "Questions from the chat");

/** Talks of an exhibitor's webinar, in the order they are given. */
export const WEBINAR_TALKS: readonly Bilingual[] = [
  pair("Кто мы и чему учим", "Who we are and what we teach"),
  pair("Разбор на живых примерах", "Worked examples"),
  pair("Как поступить и что подготовить", "How to apply and what to prepare"),
];

/** Theses a talk makes, two or three of them each. */
export const THESES: readonly Bilingual[] = [
  pair("Что изменилось за последний год", "What changed over the past year"),
  pair("Цифры и результаты пилотных проектов", "Figures and results of pilot projects"),
  pair("Типичные ошибки и как их избежать", "Common mistakes and how to avoid them"),
  pair("С чего начать уже завтра", "Where to start tomorrow"),
  pair("Какие ресурсы нужны: люди, время, деньги", "The resources it takes: people, time, money"),
  pair("Опыт партнёров из регионов", "What partners in the regions learnt"),
  pair("Как измерить результат", "How to measure the outcome"),
  pair("Инструменты, которые можно взять бесплатно", "Tools you can use for free"),
  pair("Что говорят студенты и выпускники", "What students and graduates say"),
  pair("Как договориться с работодателями", "Getting employers on board"),
  pair("Риски и как ими управлять", "The risks and how to manage them"),
  pair("Планы на следующий учебный год", "Plans for the next academic year"),
];

/** The first letter in capitals, for a talking point turned into a talk's title. */
export function capitalised(text: Bilingual): Bilingual {
  const up = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return pair(up(text.ru), up(text.en));
}
