/** Column headers and sheet names of the leads export (.xlsx / CSV). */
export const leadExports = {
  sheet: "Leads",
};
