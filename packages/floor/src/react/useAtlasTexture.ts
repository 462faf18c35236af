import { useEffect, useState } from "react";
import { LinearMipmapLinearFilter, SRGBColorSpace, type Texture, TextureLoader } from "three";
import { useAnisotropy } from "./quality.ts";

export type AtlasStatus = { state: "none" | "loading" | "failed" } | { state: "ready"; texture: Texture };

/** Loads the server's logo atlas; "failed" lets booths fall back to their initials. */
export function useAtlasTexture(url: string | null): AtlasStatus {
  const anisotropy = useAnisotropy(4);
  const [status, setStatus] = useState<AtlasStatus>({ state: url ? "loading" : "none" });
  useEffect(() => {
    if (!url) {
      setStatus({ state: "none" });
      return;
    }
    let live = true;
    let loaded: Texture | null = null;
    setStatus({ state: "loading" });
    new TextureLoader().load(
      url,
      (texture) => {
        texture.colorSpace = SRGBColorSpace;
        texture.minFilter = LinearMipmapLinearFilter;
        texture.anisotropy = anisotropy;
        loaded = texture;
        if (live) setStatus({ state: "ready", texture });
        else texture.dispose();
      },
      undefined,
      () => {
        if (live) setStatus({ state: "failed" });
      },
    );
    return () => {
      live = false;
      loaded?.dispose();
    };
  }, [url, anisotropy]);
  return status;
}
