/** A booth's page. (Being built.) */
export function BoothPage() {
  return null;
}
