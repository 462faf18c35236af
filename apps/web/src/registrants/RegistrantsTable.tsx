import type { Registrant } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { useNow } from "../lib/useNow.ts";
import { RegistrantRow, type RowHandlers } from "./RegistrantRow.tsx";
import "../cabinet/tables.css";

/** The registrants as a table; on phones each row becomes a card (tables.css). */
export function RegistrantsTable({
  registrants,
  timezone,
  label,
  handlers,
}: {
  registrants: readonly Registrant[];
  timezone: string;
  label: string;
  handlers: RowHandlers;
}) {
  const { t } = useTranslation("registrants");
  const column = (name: string) => t(`columns.${name}`);
  const now = useNow(30_000);
  return (
    <div className="table-card">
      <table className="data-table registrants-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{column("person")}</th>
            <th scope="col">{column("contacts")}</th>
            <th scope="col">{column("heardFrom")}</th>
            <th scope="col">{column("status")}</th>
            <th scope="col">{column("registered")}</th>
            <th scope="col">{column("attendance")}</th>
            <th scope="col">
              <span className="visually-hidden">{column("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {registrants.map((registrant) => (
            <RegistrantRow
              key={registrant.id}
              registrant={registrant}
              timezone={timezone}
              now={now}
              handlers={handlers}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
