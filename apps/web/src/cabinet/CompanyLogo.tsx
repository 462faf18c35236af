import type { CSSProperties } from "react";
import { initials, safeColor } from "../lib/color.ts";

/** The company's square logo, or its initials on its booth colour when it has none. */
export function CompanyLogo({
  url,
  name,
  color,
  size,
  alt = "",
}: {
  url: string | null;
  name: string;
  color: string;
  size: number;
  /** Empty when the name is written beside it. */
  alt?: string;
}) {
  const style = { "--logo-size": `${size}px`, "--logo-color": safeColor(color) } as CSSProperties;
  if (url) {
    return <img className="company-logo" src={url} alt={alt} width={size} height={size} style={style} />;
  }
  return (
    <span className="company-logo company-logo--initials" style={style} aria-hidden={alt ? undefined : true}>
      {initials(name) || "?"}
    </span>
  );
}
