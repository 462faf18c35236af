/** The cabinet's "3D and tour" tab: product models and the 360° tour. Contract stub: the cabinet helper fills it. */
export function ImmersivePanel() {
  return <section />;
}
