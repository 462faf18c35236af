/**
 * Recording a room with LiveKit Egress (a separate service beside LiveKit): the whole room as
 * one MP4 (room composite), written where the egress service is told to.
 */
import { EgressClient, EncodedFileOutput, EncodedFileType, S3Upload } from "livekit-server-sdk";
import type { LiveKitConfig } from "./config.ts";

/** Where recordings go; the egress service writes them, not this app. */
export interface EgressOutput {
  /**
   * The file's path (a template: {room_name}, {time}) on the egress service's disk, or the key in
   * the bucket when `s3` is set.
   */
  filepath: string;
  /** Upload to this S3-compatible bucket instead of the egress service's disk. */
  s3: {
    bucket: string;
    region: string;
    endpoint?: string | undefined;
    accessKey: string;
    secret: string;
    forcePathStyle: boolean;
  } | null;
}

/** The egress settings as the app's validated environment gives them. */
export interface EgressSettings {
  LIVEKIT_EGRESS?: boolean | undefined;
  LIVEKIT_EGRESS_FILEPATH?: string | undefined;
}

/** The default file path template of a recording. */
export const DEFAULT_EGRESS_FILEPATH = "pavilion/recordings/{room_name}-{time}.mp4";

/** The output when egress is switched on (LIVEKIT_EGRESS), else null; S3 settings when recordings go to a bucket. */
export function egressOutputFrom(
  settings: EgressSettings,
  s3: EgressOutput["s3"] = null,
): EgressOutput | null {
  if (!settings.LIVEKIT_EGRESS) return null;
  return { filepath: settings.LIVEKIT_EGRESS_FILEPATH?.trim() || DEFAULT_EGRESS_FILEPATH, s3 };
}

function fileOutput(output: EgressOutput): EncodedFileOutput {
  const { s3 } = output;
  return new EncodedFileOutput({
    fileType: EncodedFileType.MP4,
    filepath: output.filepath,
    output: s3
      ? {
          case: "s3",
          value: new S3Upload({
            ...{ bucket: s3.bucket, region: s3.region, endpoint: s3.endpoint ?? "" },
            ...{ accessKey: s3.accessKey, secret: s3.secret, forcePathStyle: s3.forcePathStyle },
          }),
        }
      : { case: undefined },
  });
}

/** Starts recording the whole room (speaker layout) into one MP4; returns the egress id. */
export async function startRoomRecording(
  config: LiveKitConfig,
  output: EgressOutput,
  room: string,
): Promise<string> {
  const client = new EgressClient(config.url, config.apiKey, config.apiSecret);
  const info = await client.startRoomCompositeEgress(room, fileOutput(output), { layout: "speaker" });
  return info.egressId;
}

/** Stops a recording; the egress service then finishes the file. */
export async function stopRoomRecording(config: LiveKitConfig, egressId: string): Promise<void> {
  await new EgressClient(config.url, config.apiKey, config.apiSecret).stopEgress(egressId);
}
