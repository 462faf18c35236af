/** Recording (when LiveKit Egress is set up) and ending the webinar, with a confirmation. */
import type { Webinar } from "@pavilion/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../cabinet/Dialog.tsx";
import { appErrorOf } from "../../lib/errors.ts";
import { useTRPC } from "../../trpc.ts";

export function WebinarControls({ webinar }: { webinar: Webinar }) {
  const { t } = useTranslation("webinar");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const eventId = webinar.id;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webinar.state.queryKey({ eventId }) });
  const startRecording = useMutation(trpc.webinar.startRecording.mutationOptions({ onSettled: refresh }));
  const stopRecording = useMutation(trpc.webinar.stopRecording.mutationOptions({ onSettled: refresh }));
  const end = useMutation(trpc.webinar.end.mutationOptions({ onSuccess: refresh }));
  const [confirming, setConfirming] = useState(false);
  const recording = webinar.egress.recording;
  const recordingError = startRecording.error ?? stopRecording.error;
  const recordingBusy = startRecording.isPending || stopRecording.isPending;

  return (
    <div className="webinar-controls">
      {webinar.egress.available ? (
        <div className="webinar-controls__group">
          {recording ? <span className="tag tag--live">{t("console.recording.on")}</span> : null}
          <button
            type="button"
            className="button button--secondary"
            disabled={recordingBusy}
            onClick={() => (recording ? stopRecording : startRecording).mutate({ eventId })}
          >
            {recording ? t("console.recording.stop") : t("console.recording.start")}
          </button>
        </div>
      ) : null}
      <button type="button" className="button button--danger-solid" onClick={() => setConfirming(true)}>
        {t("console.end.button")}
      </button>
      {recordingError ? (
        <p className="field__error" role="alert">
          {t("console.recording.failed", {
            reason: t(`errors:codes.${appErrorOf(recordingError).code}`, {
              defaultValue: t("errors:codes.internal"),
            }),
          })}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t("console.end.title")}
        text={t("console.end.text")}
        confirmLabel={t("console.end.confirm")}
        action={end}
        onConfirm={() => end.mutate({ eventId }, { onSuccess: () => setConfirming(false) })}
        onClose={() => {
          end.reset();
          setConfirming(false);
        }}
      />
    </div>
  );
}
