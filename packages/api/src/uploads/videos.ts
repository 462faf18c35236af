/**
 * Uploaded videos, checked with ffprobe and rewritten with ffmpeg without re-encoding:
 * a playable video stream and a duration are required, metadata (such as where it
 * was filmed) is dropped, MP4 gets its index first so playback starts before the
 * download ends, and a still frame becomes the poster.
 */
import { execFile } from "node:child_process";
import { AppError } from "../errors.ts";

/** What ffprobe found in a video we accept. */
export interface ProbedVideo {
  durationMs: number;
  /** The container we write: MP4 for MP4 and QuickTime uploads, WebM for WebM. */
  container: "mp4" | "webm";
  audioCodec: string | null;
}

// Video codecs Chromium plays, per container we write.
const playable: Record<ProbedVideo["container"], readonly string[]> = {
  mp4: ["h264", "vp9", "av1"],
  webm: ["vp8", "vp9", "av1"],
};
// Audio that may be copied as is; anything else is converted to AAC (MP4) or Opus (WebM).
const copyableAudio: Record<ProbedVideo["container"], readonly string[]> = {
  mp4: ["aac", "mp3", "opus", "flac"],
  webm: ["opus", "vorbis"],
};

const PROBE_TIMEOUT_MS = 30_000;
const REMUX_TIMEOUT_MS = 10 * 60_000;
const POSTER_TIMEOUT_MS = 60_000;

interface ProbeOutput {
  streams?: { codec_type?: string; codec_name?: string; duration?: string }[];
  format?: { duration?: string; format_name?: string };
}

/** Probes the file; throws upload.notVideo unless it holds a playable video stream with a duration. */
export async function probeVideo(path: string, sniffedMime: string): Promise<ProbedVideo> {
  const container = sniffedMime === "video/webm" ? "webm" : "mp4";
  let output: ProbeOutput;
  try {
    const { stdout } = await run(
      "ffprobe",
      ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
      PROBE_TIMEOUT_MS,
    );
    output = JSON.parse(stdout.toString("utf8")) as ProbeOutput;
  } catch (error) {
    throw new AppError("upload.notVideo", `ffprobe failed: ${String(error)}`);
  }
  const video = output.streams?.find((stream) => stream.codec_type === "video");
  const audio = output.streams?.find((stream) => stream.codec_type === "audio");
  const seconds = Number(output.format?.duration ?? video?.duration);
  if (!video?.codec_name || !playable[container].includes(video.codec_name)) {
    throw new AppError("upload.notVideo", `no playable video stream (${video?.codec_name ?? "none"})`);
  }
  if (!Number.isFinite(seconds) || seconds <= 0) throw new AppError("upload.notVideo", "no duration");
  return { durationMs: Math.round(seconds * 1000), container, audioCodec: audio?.codec_name ?? null };
}

/** Copies the first video and the audio streams into a fresh file, without metadata; no re-encoding of video. */
export async function remuxVideo(input: string, output: string, probed: ProbedVideo): Promise<void> {
  const audio =
    probed.audioCodec === null || copyableAudio[probed.container].includes(probed.audioCodec)
      ? ["-c:a", "copy"]
      : probed.container === "mp4"
        ? ["-c:a", "aac", "-b:a", "160k"]
        : ["-c:a", "libopus", "-b:a", "128k"];
  const format = probed.container === "mp4" ? ["-f", "mp4", "-movflags", "+faststart"] : ["-f", "webm"];
  const args = ["-v", "error", "-y", "-i", input, "-map", "0:v:0", "-map", "0:a:0?", "-c:v", "copy"];
  args.push(...audio, "-map_metadata", "-1", "-map_chapters", "-1", "-dn", "-sn", ...format, output);
  try {
    await run("ffmpeg", args, REMUX_TIMEOUT_MS);
  } catch (error) {
    throw new AppError("upload.corrupt", `ffmpeg could not rewrite the video: ${String(error)}`);
  }
}

/** One frame, as PNG bytes, at min(1 s, half the duration). */
export async function grabFrame(path: string, durationMs: number): Promise<Uint8Array> {
  const at = Math.min(1000, durationMs / 2) / 1000;
  const args = ["-v", "error", "-ss", at.toFixed(3), "-i", path, "-frames:v", "1"];
  args.push("-f", "image2pipe", "-c:v", "png", "-");
  try {
    const { stdout } = await run("ffmpeg", args, POSTER_TIMEOUT_MS);
    if (stdout.byteLength === 0) throw new Error("no frame");
    return new Uint8Array(stdout);
  } catch (error) {
    throw new AppError("upload.corrupt", `no frame could be read from the video: ${String(error)}`);
  }
}

function run(command: string, args: string[], timeout: number): Promise<{ stdout: Buffer }> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { timeout, killSignal: "SIGKILL", encoding: "buffer", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr.toString("utf8").slice(0, 2000)}`));
        else resolve({ stdout });
      },
    );
  });
}
