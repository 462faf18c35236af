/** Fetches a model's bytes with progress, so the download can start before three.js has even loaded. */

export async function fetchModelBytes(
  url: string,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<ArrayBuffer> {
  const response = await fetch(url, { signal, credentials: "include" });
  if (!response.ok) throw new Error(`model ${response.status}`);
  const total = Number(response.headers.get("content-length") ?? 0);
  if (!response.body || !total) return response.arrayBuffer();
  const reader = response.body.getReader();
  const bytes = new Uint8Array(total);
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A server that said too little (compressed on the way) still gives the whole file.
    if (received + value.length > bytes.length)
      return concatenate(bytes.subarray(0, received), value, reader);
    bytes.set(value, received);
    received += value.length;
    onProgress(received / total);
  }
  return bytes.buffer.slice(0, received);
}

async function concatenate(
  head: Uint8Array,
  next: Uint8Array,
  reader: ReadableStreamDefaultReader<Uint8Array>,
): Promise<ArrayBuffer> {
  const parts = [head, next];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole.buffer;
}
