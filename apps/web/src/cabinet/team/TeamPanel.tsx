import type { Team } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { Icon } from "../../components/Icon.tsx";
import { LoadError, PageLoading } from "../../components/states.tsx";
import { useLocale } from "../../i18n/useLocale.ts";
import type { Translate } from "../../lib/errors.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useTRPC } from "../../trpc.ts";
import { ConfirmDialog, useFocusAfterRemoval } from "../Dialog.tsx";
import { errorMessage } from "../forms/messages.ts";
import { CabinetTab, Panel } from "../frame/CabinetTab.tsx";
import { useCabinet, useCabinetTitle } from "../useCabinet.ts";
import { InviteForm } from "./InviteForm.tsx";
import "../tables.css";
import "./team.css";

type Member = Team["members"][number];
type Role = Member["role"];

/** The team tab: members and their roles, pending invitations, and inviting (owners only). */
export function TeamPanel() {
  const { t } = useTranslation("cabinet");
  const translate = t as unknown as Translate;
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { overview } = useCabinet();
  const { exhibitorId } = overview;
  useCabinetTitle("team");
  const { data: me } = useSession();
  const isOwner = overview.role === "owner";
  const teamKey = trpc.cabinet.team.queryKey({ exhibitorId });
  const team = useQuery(trpc.cabinet.team.queryOptions({ exhibitorId }));
  const [removing, setRemoving] = useState<Member | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [actionError, setActionError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const afterRemove = useFocusAfterRemoval(headingRef);

  const applyTeam = (next: Team) => queryClient.setQueryData(teamKey, next);
  const failed = (error: unknown) => setActionError(errorMessage(error, translate));
  const setRole = useMutation(
    trpc.cabinet.setMemberRole.mutationOptions({
      onSuccess: (next, input) => {
        applyTeam(next);
        const member = next.members.find((each) => each.userId === input.userId);
        setAnnouncement(t("team.roleChanged", { name: member?.name ?? "", role: t(`roles.${input.role}`) }));
        // One's own role decides what the cabinet offers.
        if (input.userId === me?.id) {
          void queryClient.invalidateQueries({ queryKey: trpc.cabinet.overview.queryKey({ exhibitorId }) });
          void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        }
      },
      onError: (error) => {
        failed(error);
        void team.refetch();
      },
    }),
  );
  const removeMember = useMutation(
    trpc.cabinet.removeMember.mutationOptions({
      onSuccess: (next, input) => {
        const gone = team.data?.members.find((each) => each.userId === input.userId);
        applyTeam(next);
        afterRemove.removed();
        setRemoving(null);
        setAnnouncement(t("team.removed", { name: gone?.name ?? "" }));
      },
    }),
  );
  const revoke = useMutation(
    trpc.cabinet.revokeInvite.mutationOptions({
      onSuccess: (next, input) => {
        const gone = team.data?.invites.find((each) => each.id === input.inviteId);
        applyTeam(next);
        setAnnouncement(t("team.revoked", { email: gone?.email ?? "" }));
        headingRef.current?.focus();
      },
      onError: failed,
    }),
  );

  function changeRole(member: Member, role: Role) {
    setActionError(null);
    setRole.mutate({ exhibitorId, userId: member.userId, role });
  }

  return (
    <CabinetTab
      main={
        <Panel titleId="team-title" title={t("team.title")} lead={t("team.lead")} headingRef={headingRef}>
          {actionError ? (
            <div className="alert alert--error" role="alert">
              <Icon name="alert" />
              <p>{actionError}</p>
            </div>
          ) : null}
          {team.isError && !team.data ? (
            <LoadError onRetry={() => void team.refetch()} />
          ) : !team.data ? (
            <PageLoading />
          ) : (
            <>
              <h3 className="panel__subtitle">{t("team.members")}</h3>
              <div className="table-card">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("team.name")}</th>
                      <th scope="col">{t("team.email")}</th>
                      <th scope="col">{t("team.role")}</th>
                      {isOwner ? (
                        <th scope="col">
                          <span className="visually-hidden">{t("team.actions")}</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {team.data.members.map((member) => {
                      const self = member.userId === me?.id;
                      return (
                        <tr key={member.userId} data-testid="team-member">
                          <td data-label={t("team.name")}>
                            <span className="data-table__strong">{member.name}</span>
                            {self ? (
                              <span className="tag tag--muted data-table__you">{t("team.you")}</span>
                            ) : null}
                          </td>
                          <td data-label={t("team.email")} className="data-table__wrap">
                            {member.email}
                          </td>
                          <td data-label={t("team.role")}>
                            {isOwner ? (
                              <select
                                className="field__input field__select data-table__select"
                                value={member.role}
                                aria-label={t("team.roleOf", { name: member.name })}
                                onChange={(event) =>
                                  changeRole(member, event.target.value === "owner" ? "owner" : "staff")
                                }
                                disabled={setRole.isPending}
                              >
                                <option value="owner">{t("roles.owner")}</option>
                                <option value="staff">{t("roles.staff")}</option>
                              </select>
                            ) : (
                              t(`roles.${member.role}`)
                            )}
                          </td>
                          {isOwner ? (
                            <td className="data-table__actions">
                              {self ? null : (
                                <button
                                  type="button"
                                  className="button button--ghost button--sm button--danger"
                                  onClick={() => {
                                    removeMember.reset();
                                    afterRemove.opened();
                                    setRemoving(member);
                                  }}
                                >
                                  {t("team.remove")}
                                  <span className="visually-hidden"> {member.name}</span>
                                </button>
                              )}
                            </td>
                          ) : null}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>

              <h3 className="panel__subtitle">{t("team.invites")}</h3>
              {team.data.invites.length === 0 ? (
                <p className="empty-note">{t("team.invitesEmpty")}</p>
              ) : (
                <ul className="invite-list">
                  {team.data.invites.map((invite) => (
                    <li key={invite.id} className="invite-list__item" data-testid="team-invite">
                      <div>
                        <p className="data-table__strong data-table__wrap">{invite.email}</p>
                        <p className="invite-list__meta">
                          {t(`roles.${invite.role}`)} ·{" "}
                          {t("team.invitedOn", { time: formatDateTime(invite.createdAt, locale) })},{" "}
                          {t("team.expires", { time: formatDateTime(invite.expiresAt, locale) })}
                        </p>
                      </div>
                      {isOwner ? (
                        <button
                          type="button"
                          className="button button--ghost button--sm button--danger"
                          onClick={() => revoke.mutate({ exhibitorId, inviteId: invite.id })}
                          disabled={revoke.isPending}
                        >
                          {t("team.revoke")}
                          <span className="visually-hidden"> {invite.email}</span>
                        </button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
        </Panel>
      }
      side={
        <Panel
          titleId="invite-title"
          title={t("team.inviteTitle")}
          lead={isOwner ? t("team.inviteLead") : undefined}
          className="invite-panel"
        >
          {isOwner ? (
            <InviteForm exhibitorId={exhibitorId} onInvited={applyTeam} />
          ) : (
            <p className="notice notice--info">{t("team.staffNote")}</p>
          )}
        </Panel>
      }
    >
      <ConfirmDialog
        open={removing !== null}
        title={t("team.removeTitle", { name: removing?.name ?? "" })}
        text={t("team.removeText")}
        confirmLabel={t("team.remove")}
        action={removeMember}
        onConfirm={() => removing && removeMember.mutate({ exhibitorId, userId: removing.userId })}
        onClose={() => setRemoving(null)}
        restoreFocus={afterRemove.restoreFocus}
      />
    </CabinetTab>
  );
}
