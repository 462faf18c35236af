/** The exhibition floor: 3D view with a 2D plan alternative. (Being built.) */
export function FloorPage() {
  return null;
}
