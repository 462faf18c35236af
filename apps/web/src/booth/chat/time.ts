/** Whether an ISO time falls on the same calendar day as `now`, in the visitor's time zone. */
export function sameDay(iso: string, now: Date): boolean {
  const at = new Date(iso);
  return (
    at.getFullYear() === now.getFullYear() &&
    at.getMonth() === now.getMonth() &&
    at.getDate() === now.getDate()
  );
}
