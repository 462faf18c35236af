/**
 * One product model on the booth page: a focusable stage (drag, wheel, pinch, arrows, + and −,
 * Home) round the lazily loaded canvas, the preview picture until the model is drawn, buttons for
 * what the keys do, and the model's description under it, which the stage is described by.
 *
 * Test hooks on the stage: data-state (loading | ready | error), data-azimuth (whole degrees the
 * model has turned, 0–359) and data-ready-ms (ms from the start of loading to the first frame
 * with the model).
 */
import type { ProductModel } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { webglSupport } from "../floor/webgl.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useTRPC } from "../trpc.ts";
import { headingDegrees } from "./angles.ts";
import { fetchModelBytes } from "./modelBytes.ts";
import { useCalmAnnouncement, useFullscreen } from "./useViewerChrome.ts";
import { useViewGestures } from "./useViewGestures.ts";
import { ViewerButton } from "./ViewerButton.tsx";
import { createViewStore } from "./viewStore.ts";
import { ORBIT_HOME, orbitAfterDrag, orbitAfterKey, viewKeyOf, wheelFactor, withOrbitZoom } from "./views.ts";

const ModelCanvas = lazy(() => import("./ModelCanvas.tsx"));

type LoadState = "loading" | "ready" | "error";

interface ModelViewerProps {
  model: ProductModel;
  /** Tell the API the visitor saw it (signed-in visitors on the real booth page). */
  recordView: boolean;
}

export function ModelViewer({ model, recordView }: ModelViewerProps) {
  const { t } = useTranslation("viewer");
  const locale = useLocale();
  const title = pickText(model.title, locale);
  const description = pickText(model.description, locale);
  const frame = useRef<HTMLElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const descriptionId = useId();
  const hintId = useId();
  const view = useMemo(() => createViewStore(ORBIT_HOME), []);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState>("loading");
  const [percent, setPercent] = useState<number | null>(null);
  const [readyMs, setReadyMs] = useState<number | null>(null);
  const startedAt = useRef(performance.now());
  const support = useMemo(() => webglSupport(), []);
  const fullscreen = useFullscreen(frame);
  const { text: announcement, announce } = useCalmAnnouncement();
  const trpc = useTRPC();
  const viewed = useMutation(trpc.immersive.modelViewed.mutationOptions());
  const recorded = useRef(new Set<string>());

  // A new model (or another try) starts from the front and from nothing loaded.
  const [bytes, setBytes] = useState<Promise<ArrayBuffer> | null>(null);
  useEffect(() => {
    startedAt.current = performance.now();
    setState(support.available ? "loading" : "error");
    setPercent(null);
    setReadyMs(null);
    view.set(ORBIT_HOME);
    if (!support.available) return;
    // The download starts now, beside the canvas's chunk, not after three.js has loaded.
    const abort = new AbortController();
    const fetched = fetchModelBytes(model.url, (f) => setPercent(Math.round(f * 100)), abort.signal);
    fetched.catch(() => undefined);
    setBytes(fetched);
    return () => abort.abort();
  }, [model.url, attempt, view, support.available]);

  useEffect(() => {
    const show = () => {
      stage.current?.setAttribute("data-azimuth", String(headingDegrees(view.get().azimuth)));
    };
    show();
    return view.subscribe(show);
  }, [view]);

  const setView = useCallback(
    (next: ReturnType<typeof view.get>) => {
      const before = headingDegrees(view.get().azimuth);
      view.set(next);
      const after = headingDegrees(next.azimuth);
      if (after !== before) announce(t("model.turned", { degrees: after }));
    },
    [view, announce, t],
  );

  useViewGestures(stage, {
    onDrag: (dx, dy, element) => setView(orbitAfterDrag(view.get(), dx, dy, element.clientWidth)),
    onPinch: (factor) => setView(withOrbitZoom(view.get(), 1 / factor)),
    onWheel: (deltaY) => setView(withOrbitZoom(view.get(), wheelFactor(deltaY))),
  });

  const onReady = useCallback(() => {
    setState("ready");
    setReadyMs(Math.round(performance.now() - startedAt.current));
    if (recordView && !recorded.current.has(model.id)) {
      recorded.current.add(model.id);
      viewed.mutate({ modelId: model.id }, { onError: () => undefined });
    }
  }, [recordView, model.id, viewed]);

  const press = (key: Parameters<typeof orbitAfterKey>[1]) => setView(orbitAfterKey(view.get(), key));

  return (
    <figure className={`model-viewer${fullscreen.active ? " model-viewer--fullscreen" : ""}`} ref={frame}>
      <div
        ref={stage}
        className="model-viewer__stage viewer-stage"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the stage is a widget that takes arrow keys, + and −.
        tabIndex={0}
        role="application"
        aria-label={t("model.label", { title })}
        aria-describedby={description ? `${descriptionId} ${hintId}` : hintId}
        data-testid="model-viewer"
        data-model-id={model.id}
        data-state={state}
        data-ready-ms={readyMs ?? undefined}
        onKeyDown={(event) => {
          const key = viewKeyOf(event.key);
          if (!key || event.altKey || event.ctrlKey || event.metaKey) return;
          event.preventDefault();
          press(key);
        }}
      >
        {model.previewUrl && state !== "ready" ? (
          <img className="viewer-stage__preview" src={model.previewUrl} alt="" decoding="async" />
        ) : null}
        {bytes && state !== "error" ? (
          <Suspense fallback={null}>
            <ModelCanvas
              key={`${model.id}:${attempt}`}
              bytes={bytes}
              bounds={model.bounds}
              view={view}
              lowPower={support.software}
              onReady={onReady}
              onError={() => setState("error")}
            />
          </Suspense>
        ) : null}
        {state === "loading" ? (
          <div className="viewer-stage__status" role="status">
            <span className="spinner" aria-hidden="true" />
            <span>{percent === null ? t("model.loading") : t("model.progress", { percent })}</span>
          </div>
        ) : null}
        {state === "error" ? (
          <div className="viewer-stage__status viewer-stage__status--error" role="alert">
            <span>{support.available ? t("model.failed") : t("model.noWebgl")}</span>
            {support.available ? (
              <button
                type="button"
                className="button button--secondary button--sm"
                onClick={() => setAttempt((n) => n + 1)}
              >
                {t("model.retry")}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="viewer-toolbar">
        <ViewerButton icon="zoomIn" label={t("model.zoomIn")} onClick={() => press("zoomIn")} />
        <ViewerButton icon="zoomOut" label={t("model.zoomOut")} onClick={() => press("zoomOut")} />
        <ViewerButton icon="reset" label={t("model.reset")} onClick={() => press("reset")} />
        {fullscreen.supported ? (
          <ViewerButton
            icon={fullscreen.active ? "shrink" : "expand"}
            label={fullscreen.active ? t("model.exitFullscreen") : t("model.fullscreen")}
            onClick={fullscreen.toggle}
          />
        ) : null}
      </div>
      <figcaption className="model-viewer__caption">
        <strong className="model-viewer__title">{title}</strong>
        {description ? (
          <p className="model-viewer__description" id={descriptionId}>
            {description}
          </p>
        ) : null}
        <p className="model-viewer__hint" id={hintId}>
          {t("model.hint")}
        </p>
      </figcaption>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </figure>
  );
}
