/** The cameras and microphones a host can pick, as the browser lists them. */

export interface DeviceChoice {
  id: string;
  /** The device's name; empty when the browser does not tell it (before permission). */
  label: string;
}

/**
 * The devices worth offering, in the browser's order: without the empty entries the browser
 * lists before permission is given, and each device once.
 */
export function deviceChoices(
  devices: readonly Pick<MediaDeviceInfo, "deviceId" | "label">[],
): DeviceChoice[] {
  const seen = new Set<string>();
  const choices: DeviceChoice[] = [];
  for (const device of devices) {
    if (device.deviceId === "" || seen.has(device.deviceId)) continue;
    seen.add(device.deviceId);
    choices.push({ id: device.deviceId, label: device.label.trim() });
  }
  return choices;
}
