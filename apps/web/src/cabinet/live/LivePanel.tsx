/** The cabinet's live tab: the company's webinars (to the console), the booth chat with notifications, recordings. */
export function LivePanel() {
  return null;
}
