/** The cabinet's Leads tab: table, card, statuses, notes, export, CRM webhook. */
export const leads = {
  tab: "Leads",
};
