import type { BoothPage } from "@pavilion/schema";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { MaterialActionLink, MaterialCard, useMaterialText } from "./MaterialCard.tsx";
import { MaterialDialog } from "./MaterialDialog.tsx";
import type { Material } from "./materials.ts";

interface BoothMaterialsProps {
  materials: BoothPage["materials"];
  /** Called on every `play` of a video material, with its id. */
  onVideoPlay?: (materialId: string) => void;
}

/** The open material's dialog, with its texts in the visitor's language. */
function OpenMaterial({
  material,
  onClose,
  onVideoPlay,
}: {
  material: Material;
  onClose: () => void;
  onVideoPlay?: (materialId: string) => void;
}) {
  const text = useMaterialText(material);
  return (
    <MaterialDialog
      material={material}
      title={text.title}
      description={text.description}
      actions={<MaterialActionLink material={material} title={text.title} />}
      onClose={onClose}
      onPlay={onVideoPlay ? () => onVideoPlay(material.id) : undefined}
    />
  );
}

/** The booth's documents, images, videos and links as cards; images and videos open larger in a dialog. */
export function BoothMaterials({ materials, onVideoPlay }: BoothMaterialsProps) {
  const { t } = useTranslation("booth");
  const titleId = useId();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = materials.find((material) => material.id === openId);
  return (
    <section className="booth-section" aria-labelledby={titleId}>
      <div className="booth-section__head">
        <h2 className="booth-section__title" id={titleId}>
          {t("page.materials")}
        </h2>
        {materials.length > 0 ? (
          <span className="booth-section__count">
            {t("page.materialsCount", { count: materials.length })}
          </span>
        ) : null}
      </div>
      {materials.length === 0 ? (
        <p className="booth-muted">{t("page.noMaterials")}</p>
      ) : (
        <ul className="booth-materials">
          {materials.map((material) => (
            <MaterialCard key={material.id} material={material} onView={() => setOpenId(material.id)} />
          ))}
        </ul>
      )}
      {open ? (
        <OpenMaterial material={open} onClose={() => setOpenId(null)} onVideoPlay={onVideoPlay} />
      ) : null}
    </section>
  );
}
