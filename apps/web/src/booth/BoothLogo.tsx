import { type CSSProperties, useState } from "react";
import { initials, safeColor } from "../lib/color.ts";
import { inkOn } from "./contrast.ts";
import "./booth-logo.css";

interface BoothLogoProps {
  url: string | null;
  /** The company name: the initials of the fallback come from it. */
  name: string;
  color: string;
  size: number;
  /** What a screen reader hears; "" makes the logo decorative (when the name is next to it). */
  alt?: string;
  /** Load at once (a popup is on screen the moment it renders). */
  eager?: boolean;
}

/** A company's logo, or its initials on its brand colour when there is none or it fails to load. */
export function BoothLogo({ url, name, color, size, alt = name, eager = false }: BoothLogoProps) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const brand = safeColor(color);
  const style = {
    "--logo-size": `${size}px`,
    "--brand": brand,
    "--brand-ink": inkOn(brand),
  } as CSSProperties;

  if (url && failedUrl !== url) {
    return (
      <span className="booth-logo" style={style}>
        <img
          src={url}
          alt={alt}
          width={size}
          height={size}
          loading={eager ? "eager" : "lazy"}
          decoding="async"
          onError={() => setFailedUrl(url)}
        />
      </span>
    );
  }
  const letters = initials(name) || "·";
  if (!alt) {
    return (
      <span className="booth-logo booth-logo--initials" style={style} aria-hidden="true">
        {letters}
      </span>
    );
  }
  return (
    <span className="booth-logo booth-logo--initials" style={style} role="img" aria-label={alt}>
      {letters}
    </span>
  );
}
