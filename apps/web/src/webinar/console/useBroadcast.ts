/**
 * A host's broadcast: pick the camera and microphone, check them in a local preview, go live
 * (publish the previewed tracks), mute, turn the camera off, share the screen, stop.
 */
import {
  createLocalTracks,
  type LocalAudioTrack,
  type LocalTrack,
  type LocalVideoTrack,
  Room,
  Track,
} from "livekit-client";
import { useCallback, useEffect, useRef, useState } from "react";
import { stopPublishing } from "../connection.ts";
import { type DeviceChoice, deviceChoices } from "./devices.ts";

/** Why a device or the broadcast failed, for the console to word. */
export type BroadcastError =
  | { kind: "denied" }
  | { kind: "device"; reason: string }
  | { kind: "share" }
  | { kind: "publish" };

export interface Preview {
  video: LocalVideoTrack | null;
  audio: LocalAudioTrack | null;
}

function errorOf(error: unknown): BroadcastError {
  const name = error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return { kind: "denied" };
  return { kind: "device", reason: error instanceof Error ? error.message : String(error) };
}

const stopAll = (preview: Preview) => {
  preview.video?.stop();
  preview.audio?.stop();
};

export function useBroadcast(room: Room | null) {
  const [cameras, setCameras] = useState<DeviceChoice[]>([]);
  const [microphones, setMicrophones] = useState<DeviceChoice[]>([]);
  const [cameraId, setCameraId] = useState("");
  const [microphoneId, setMicrophoneId] = useState("");
  const [preview, setPreview] = useState<Preview>({ video: null, audio: null });
  const [error, setError] = useState<BroadcastError | null>(null);
  const [busy, setBusy] = useState(false);
  const previewRef = useRef(preview);
  previewRef.current = preview;

  const listDevices = useCallback(async () => {
    try {
      const [video, audio] = await Promise.all([
        Room.getLocalDevices("videoinput", false),
        Room.getLocalDevices("audioinput", false),
      ]);
      setCameras(deviceChoices(video));
      setMicrophones(deviceChoices(audio));
    } catch {
      // No device list (no permission yet, or no devices): the default ones are used.
    }
  }, []);

  useEffect(() => {
    void listDevices();
    navigator.mediaDevices?.addEventListener("devicechange", listDevices);
    return () => navigator.mediaDevices?.removeEventListener("devicechange", listDevices);
  }, [listDevices]);

  // The preview's tracks are the console's until they are published; never leave a camera on.
  useEffect(() => () => stopAll(previewRef.current), []);

  const run = async (action: () => Promise<void>, onError: (error: unknown) => BroadcastError) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(onError(caught));
    } finally {
      setBusy(false);
    }
  };

  const createTracks = async (): Promise<Preview> => {
    const tracks: LocalTrack[] = await createLocalTracks({
      video: cameraId ? { deviceId: cameraId } : true,
      audio: microphoneId ? { deviceId: microphoneId } : true,
    });
    const video = tracks.find((track) => track.kind === Track.Kind.Video) as LocalVideoTrack | undefined;
    const audio = tracks.find((track) => track.kind === Track.Kind.Audio) as LocalAudioTrack | undefined;
    return { video: video ?? null, audio: audio ?? null };
  };

  const startPreview = () =>
    run(async () => {
      stopAll(previewRef.current);
      setPreview(await createTracks());
      await listDevices();
    }, errorOf);

  const me = room?.localParticipant;
  const onAir = Boolean(me && me.trackPublications.size > 0);

  /** Switches the camera or the microphone: of the preview before going live, of the room after. */
  const choose = (kind: "videoinput" | "audioinput", deviceId: string) => {
    if (kind === "videoinput") setCameraId(deviceId);
    else setMicrophoneId(deviceId);
    void run(async () => {
      const track = kind === "videoinput" ? previewRef.current.video : previewRef.current.audio;
      if (track) await track.setDeviceId(deviceId);
      if (onAir && room) await room.switchActiveDevice(kind, deviceId);
    }, errorOf);
  };

  const goLive = () =>
    run(
      async () => {
        if (!room) throw new Error("not connected");
        let tracks = previewRef.current;
        if (!tracks.video && !tracks.audio) {
          try {
            tracks = await createTracks();
          } catch (caught) {
            throw Object.assign(new Error("device"), { cause: caught });
          }
        }
        setPreview({ video: null, audio: null });
        for (const track of [tracks.video, tracks.audio]) {
          if (track) await room.localParticipant.publishTrack(track);
        }
        await listDevices();
      },
      (caught) =>
        caught instanceof Error && caught.message === "device" ? errorOf(caught.cause) : { kind: "publish" },
    );

  const toggleMicrophone = () =>
    run(async () => {
      if (me)
        await me.setMicrophoneEnabled(
          !me.isMicrophoneEnabled,
          microphoneId ? { deviceId: microphoneId } : undefined,
        );
    }, errorOf);

  const toggleCamera = () =>
    run(async () => {
      if (me) await me.setCameraEnabled(!me.isCameraEnabled, cameraId ? { deviceId: cameraId } : undefined);
    }, errorOf);

  const toggleScreen = () =>
    run(
      async () => {
        if (!me) return;
        try {
          await me.setScreenShareEnabled(!me.isScreenShareEnabled, { audio: false });
        } catch (caught) {
          // Closing the browser's picker is a choice, not a failure.
          if (caught instanceof Error && caught.name === "NotAllowedError") return;
          throw caught;
        }
      },
      () => ({ kind: "share" }),
    );

  const stop = () =>
    run(
      async () => {
        if (me) await stopPublishing(me);
      },
      () => ({ kind: "publish" }),
    );

  return {
    ...{ cameras, microphones, cameraId, microphoneId, preview, error, busy, onAir },
    microphoneOn: me?.isMicrophoneEnabled ?? false,
    cameraOn: me?.isCameraEnabled ?? false,
    sharing: me?.isScreenShareEnabled ?? false,
    ...{ startPreview, choose, goLive, toggleMicrophone, toggleCamera, toggleScreen, stop },
  };
}

export type Broadcast = ReturnType<typeof useBroadcast>;
