/** Environment variables global setup sets for the tests (workers inherit them). */
export const E2E_ENV = {
  /** Where the app under test answers, e.g. http://localhost:41234. */
  baseUrl: "PAVILION_E2E_BASE_URL",
  /** The folder the mail catcher writes .eml files to. */
  mailDir: "PAVILION_E2E_MAIL_DIR",
  /** Set to 1 to keep the temporary data, mail and server log after the run. */
  keep: "PAVILION_E2E_KEEP",
} as const;
