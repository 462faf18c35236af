/** The top of a form after a refusal: what went wrong, and each field's message as a way to it. */
import { Icon } from "../components/Icon.tsx";
import type { EditorErrors } from "./useEditorErrors.ts";

export function ErrorSummary({ errors }: { errors: EditorErrors }) {
  const { messages, ordered, focusField, summaryRef } = errors;
  if (!messages.form) return null;
  return (
    <div className="alert alert--error authoring-summary" role="alert" tabIndex={-1} ref={summaryRef}>
      <Icon name="alert" />
      <div>
        <p>{messages.form}</p>
        {ordered.length > 0 ? (
          <ul className="authoring-summary__list">
            {ordered.map((path) => (
              <li key={path}>
                <button type="button" className="authoring-summary__link" onClick={() => focusField(path)}>
                  {messages.fields[path]}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
