/**
 * Registration for an event (SEEDS.md 001), the same form for a visitor ("self") and for staff
 * entering a person who called ("staff"). A visitor sees the result at once in a polite live
 * region: accepted, waiting for approval, or rejected with the reason and "register again";
 * the form is replaced by the reason when registration is closed for everyone.
 */
import type { MyRegistration, Registrant, RegistrationFormState, SessionUser } from "@pavilion/schema";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { signInHref } from "../../auth/next.ts";
import { useSession } from "../../auth/session.ts";
import { LoadError } from "../../components/states.tsx";
import { useTRPC } from "../../trpc.ts";
import { useRefreshProgramme } from "../useRefreshProgramme.ts";
import { CancelRegistration } from "./CancelRegistration.tsx";
import { initialValues } from "./formValues.ts";
import { RegistrationFields } from "./RegistrationFields.tsx";
import { RegistrationClosed, RegistrationResult } from "./RegistrationOutcome.tsx";
import "./registration.css";
import "../programme.css";

/** What a registration produced: the visitor's own registration, or the registrant staff entered. */
export type RegistrationOutcome = MyRegistration | Registrant;

export interface RegistrationFormProps {
  eventId: string;
  mode: "self" | "staff";
  onDone?: (result: RegistrationOutcome) => void;
}

export function RegistrationForm({ eventId, mode, onDone }: RegistrationFormProps) {
  const { t } = useTranslation("programme");
  const trpc = useTRPC();
  const state = useQuery(trpc.registration.formState.queryOptions({ eventId }));
  const session = useSession();

  if (state.isError) return <LoadError onRetry={() => void state.refetch()} />;
  if (state.isPending || (mode === "self" && session.isPending)) {
    return (
      <p className="registration__loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t("registration.loading")}
      </p>
    );
  }
  if (mode === "staff") return <StaffRegistration state={state.data} onDone={onDone} />;
  return <SelfRegistration state={state.data} user={session.data ?? null} onDone={onDone} />;
}

function StaffRegistration({
  state,
  onDone,
}: {
  state: RegistrationFormState;
  onDone: RegistrationFormProps["onDone"];
}) {
  const { t } = useTranslation("programme");
  const refresh = useRefreshProgramme();
  const [done, setDone] = useState<Registrant | null>(null);
  if (state.closedReason) return <RegistrationClosed reason={state.closedReason} />;
  return (
    <div className="registration">
      <RegistrationFields
        eventId={state.eventId}
        mode="staff"
        initial={initialValues(state, "staff")}
        options={state.heardFromOptions}
        onRegistered={(result) => {
          setDone(result as Registrant);
          refresh();
          onDone?.(result);
        }}
      />
      <p className="registration__staff-done" role="status">
        {done
          ? t("registration.staffDone", { name: `${done.firstName} ${done.lastName}`, email: done.email })
          : ""}
      </p>
    </div>
  );
}

function SelfRegistration({
  state,
  user,
  onDone,
}: {
  state: RegistrationFormState;
  user: SessionUser | null;
  onDone: RegistrationFormProps["onDone"];
}) {
  const { t } = useTranslation("programme");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshProgramme();
  const location = useLocation();
  const [again, setAgain] = useState(false);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const mine = state.mine;
  const showResult = mine !== null && mine.status !== "cancelled" && !again;

  // The form is gone once the result shows: focus goes to the result, not to the top of the page.
  useEffect(() => {
    if (justSubmitted && showResult) resultRef.current?.focus();
  }, [justSubmitted, showResult]);
  // "Register again" replaces the result (and its button) with the form: focus goes to its first field.
  useEffect(() => {
    if (again) bodyRef.current?.querySelector<HTMLElement>("input, select")?.focus();
  }, [again]);

  function registered(result: RegistrationOutcome) {
    const registration = result as MyRegistration;
    queryClient.setQueryData(trpc.registration.formState.queryKey({ eventId: state.eventId }), {
      ...state,
      mine: registration,
    });
    setAgain(false);
    setJustSubmitted(true);
    refresh();
    onDone?.(registration);
  }

  let body: ReactNode = null;
  if (!showResult) {
    if (state.closedReason) body = <RegistrationClosed reason={state.closedReason} />;
    else if (!user) body = <SignInToRegister here={`${location.pathname}${location.search}`} />;
    else
      body = (
        <RegistrationFields
          key={`${mine?.id ?? "new"}-${again}`}
          eventId={state.eventId}
          mode="self"
          initial={initialValues(state, "self")}
          options={state.heardFromOptions}
          host={state.host}
          onRegistered={registered}
          intro={
            <>
              {mine?.status === "cancelled" ? (
                <p className="registration__note">{t("registration.result.cancelled")}</p>
              ) : null}
              {state.mode === "premoderated" ? (
                <p className="registration__note">{t("registration.premoderated")}</p>
              ) : null}
              {state.capacity !== null && state.seatsLeft !== null ? (
                <p className="registration__note">
                  {t("registration.seatsLeft", { count: state.seatsLeft, capacity: state.capacity })}
                </p>
              ) : null}
            </>
          }
        />
      );
  } else if (mine?.status === "rejected" && state.closedReason) {
    body = <RegistrationClosed reason={state.closedReason} />;
  }

  return (
    <div className="registration">
      {/* Always in the page, so the result is announced the moment it appears. */}
      <div aria-live="polite" aria-atomic="true">
        {showResult && mine ? (
          <RegistrationResult
            registration={mine}
            headingRef={resultRef}
            actions={
              mine.status === "rejected" ? (
                state.closedReason ? null : (
                  <button
                    type="button"
                    className="button button--primary button--sm"
                    onClick={() => setAgain(true)}
                  >
                    {t("registration.result.again")}
                  </button>
                )
              ) : (
                <CancelRegistration eventId={state.eventId} registrationId={mine.id} />
              )
            }
          />
        ) : null}
      </div>
      <div ref={bodyRef}>{body}</div>
    </div>
  );
}

function SignInToRegister({ here }: { here: string }) {
  const { t } = useTranslation("programme");
  return (
    <div className="registration__signin">
      <p>{t("registration.signInLead")}</p>
      <div className="registration__actions">
        <Link className="button button--primary" to={signInHref(here)}>
          {t("registration.signIn")}
        </Link>
        <Link className="button button--secondary" to={signInHref(here, "/sign-up")}>
          {t("registration.signUp")}
        </Link>
      </div>
    </div>
  );
}
