/** Where the LiveKit server is and the key pair that signs tokens for it. */
export type LiveKitConfig = { url: string; apiKey: string; apiSecret: string };

/** The LiveKit variables as the app's validated environment gives them. */
export type LiveKitSettings = {
  LIVEKIT_URL?: string | undefined;
  LIVEKIT_API_KEY?: string | undefined;
  LIVEKIT_API_SECRET?: string | undefined;
};

/** The key pair a LiveKit server started with --dev accepts. */
export const devKeys = { apiKey: "devkey", apiSecret: "secret" } as const;

/** Thrown when the LiveKit settings are present but unusable. */
export class LiveKitConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LiveKitConfigError";
  }
}

/**
 * Builds the config from settings: null when no URL is set (LiveKit is off), an error
 * naming the variable when the URL is set but a key is missing or the URL is not ws(s)/http(s).
 */
export function livekitConfigFrom(settings: LiveKitSettings): LiveKitConfig | null {
  const url = settings.LIVEKIT_URL?.trim();
  if (!url) return null;
  const apiKey = settings.LIVEKIT_API_KEY?.trim();
  const apiSecret = settings.LIVEKIT_API_SECRET?.trim();
  if (!apiKey) throw new LiveKitConfigError("LIVEKIT_URL is set but LIVEKIT_API_KEY is not");
  if (!apiSecret) throw new LiveKitConfigError("LIVEKIT_URL is set but LIVEKIT_API_SECRET is not");
  return { url: toWebSocketUrl(url), apiKey, apiSecret };
}

/** The ws(s):// form of a LiveKit URL given as ws(s):// or http(s)://. */
export function toWebSocketUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new LiveKitConfigError(`LIVEKIT_URL is not a URL: ${url}`);
  }
  const protocol = { "ws:": "ws:", "wss:": "wss:", "http:": "ws:", "https:": "wss:" }[parsed.protocol];
  if (!protocol) throw new LiveKitConfigError(`LIVEKIT_URL must be ws(s):// or http(s)://, got ${url}`);
  parsed.protocol = protocol;
  return parsed.toString().replace(/\/$/, "");
}
