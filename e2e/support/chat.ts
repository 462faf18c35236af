/** A chat on a page (the booth's or the webinar's) as a person finds and uses it. */
import { expect, type Locator, type Page } from "@playwright/test";

/** Where a chat is on a page, and what its users do with it. */
export interface ChatOnPage {
  chatOf(page: Page): Locator;
  logOf(page: Page): Locator;
  composerOf(page: Page): Locator;
  /** Carries data-room-state and the visible note while live delivery is down. */
  roomStateOf(page: Page): Locator;
  /** Live delivery is up: from now on nothing arrives by polling (it only polls while not connected). */
  waitUntilLive(page: Page, timeout?: number): Promise<void>;
  /** Types the text and presses Enter (it does not wait for the API to take it). */
  write(page: Page, text: string): Promise<void>;
}

function chatOnPage(chatOf: (page: Page) => Locator, logName: string): ChatOnPage {
  const composerOf = (page: Page) => chatOf(page).getByRole("textbox", { name: "Your message" });
  const roomStateOf = (page: Page) => chatOf(page).locator("[data-room-state]");
  return {
    chatOf,
    logOf: (page) => chatOf(page).getByRole("log", { name: logName }),
    composerOf,
    roomStateOf,
    async waitUntilLive(page, timeout = 30_000) {
      await expect(roomStateOf(page)).toHaveAttribute("data-room-state", "connected", { timeout });
    },
    async write(page, text) {
      await composerOf(page).fill(text);
      await composerOf(page).press("Enter");
    },
  };
}

/** The chat with a booth's staff on the booth page. */
export const boothChat = chatOnPage(
  (page) => page.getByRole("region", { name: "Chat with the booth" }),
  "Messages in the booth's chat",
);

/** The chat beside a webinar's stage. */
export const webinarChat = chatOnPage(
  (page) => page.getByTestId("event-chat"),
  "Messages in the webinar chat",
);
