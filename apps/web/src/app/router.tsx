/**
 * The routes. Pages are split out with React.lazy so the entry chunk stays small
 * (and three.js, when the floor arrives, loads only on the pages that draw it).
 */
import { type ComponentType, lazy } from "react";
import { createBrowserRouter } from "react-router";
import { Layout } from "../components/Layout.tsx";
import { RouteError } from "../components/RouteError.tsx";

function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const HomePage = page(() => import("../pages/HomePage.tsx"), "HomePage");
const ExhibitorsPage = page(() => import("../pages/ExhibitorsPage.tsx"), "ExhibitorsPage");
const SignInPage = page(() => import("../pages/SignInPage.tsx"), "SignInPage");
const SignUpPage = page(() => import("../pages/SignUpPage.tsx"), "SignUpPage");
const ForgotPasswordPage = page(() => import("../pages/ForgotPasswordPage.tsx"), "ForgotPasswordPage");
const ResetPasswordPage = page(() => import("../pages/ResetPasswordPage.tsx"), "ResetPasswordPage");
const AdminHomePage = page(() => import("../pages/AdminHomePage.tsx"), "AdminHomePage");
const AdminOutboxPage = page(() => import("../pages/AdminOutboxPage.tsx"), "AdminOutboxPage");
const FloorPage = page(() => import("../pages/FloorPage.tsx"), "FloorPage");
const BoothPage = page(() => import("../pages/BoothPage.tsx"), "BoothPage");
const CabinetPage = page(() => import("../pages/CabinetPage.tsx"), "CabinetPage");
const CabinetExhibitorPage = page(() => import("../pages/CabinetExhibitorPage.tsx"), "CabinetExhibitorPage");
const CabinetIndexRedirect = page(() => import("../pages/CabinetExhibitorPage.tsx"), "CabinetIndexRedirect");
const ProfilePanel = page(() => import("../cabinet/profile/ProfilePanel.tsx"), "ProfilePanel");
const MaterialsPanel = page(() => import("../cabinet/materials/MaterialsPanel.tsx"), "MaterialsPanel");
const TeamPanel = page(() => import("../cabinet/team/TeamPanel.tsx"), "TeamPanel");
const PreviewPanel = page(() => import("../cabinet/preview/PreviewPanel.tsx"), "PreviewPanel");
const ActivityPanel = page(() => import("../cabinet/activity/ActivityPanel.tsx"), "ActivityPanel");
const LivePanel = page(() => import("../cabinet/live/LivePanel.tsx"), "LivePanel");
const WebinarPage = page(() => import("../pages/WebinarPage.tsx"), "WebinarPage");
const RecordingsPage = page(() => import("../pages/RecordingsPage.tsx"), "RecordingsPage");
const InvitePage = page(() => import("../pages/InvitePage.tsx"), "InvitePage");
const ModerationQueuePage = page(() => import("../pages/ModerationQueuePage.tsx"), "ModerationQueuePage");
const ModerationReviewPage = page(() => import("../pages/ModerationReviewPage.tsx"), "ModerationReviewPage");
const NotFoundPage = page(() => import("../pages/NotFoundPage.tsx"), "NotFoundPage");
const AdminFloorsPage = page(() => import("../pages/AdminFloorsPage.tsx"), "AdminFloorsPage");
const SchedulePage = page(() => import("../pages/SchedulePage.tsx"), "SchedulePage");
const EventPage = page(() => import("../pages/EventPage.tsx"), "EventPage");
const AgendaPage = page(() => import("../pages/AgendaPage.tsx"), "AgendaPage");
const RegistrantsPage = page(() => import("../pages/RegistrantsPage.tsx"), "RegistrantsPage");
const EventsPanel = page(() => import("../authoring/cabinet/EventsPanel.tsx"), "EventsPanel");
const CabinetEventPage = page(() => import("../authoring/cabinet/CabinetEventPage.tsx"), "CabinetEventPage");
const AdminProgrammePage = page(() => import("../pages/AdminProgrammePage.tsx"), "AdminProgrammePage");
const AdminProgrammeEventPage = page(
  () => import("../pages/AdminProgrammeEventPage.tsx"),
  "AdminProgrammeEventPage",
);
const AdminReviewEventsPage = page(
  () => import("../pages/AdminReviewEventsPage.tsx"),
  "AdminReviewEventsPage",
);
const LeadsPanel = page(() => import("../leads/LeadsPanel.tsx"), "LeadsPanel");
const StatsPanel = page(() => import("../stats/StatsPanel.tsx"), "StatsPanel");
const AdminAnalyticsPage = page(() => import("../analytics/AdminAnalyticsPage.tsx"), "AdminAnalyticsPage");
const WarmthSettingsPage = page(() => import("../analytics/WarmthSettingsPage.tsx"), "WarmthSettingsPage");
const MyDataPage = page(() => import("../privacy/MyDataPage.tsx"), "MyDataPage");
const TourPage = page(() => import("../immersive/TourPage.tsx"), "TourPage");
const ImmersivePanel = page(() => import("../cabinet/immersive/ImmersivePanel.tsx"), "ImmersivePanel");
const AdminRegistrationPage = page(
  () => import("../pages/AdminRegistrationPage.tsx"),
  "AdminRegistrationPage",
);

export const router = createBrowserRouter([
  {
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      {
        // Errors of a page show inside the layout, so the header stays usable.
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: HomePage },
          { path: "exhibitors", Component: ExhibitorsPage },
          { path: "floors/:slug", Component: FloorPage },
          { path: "booths/:exhibitorId", Component: BoothPage },
          { path: "booths/:exhibitorId/tour", Component: TourPage },
          { path: "sign-in", Component: SignInPage },
          { path: "sign-up", Component: SignUpPage },
          { path: "forgot-password", Component: ForgotPasswordPage },
          { path: "reset-password", Component: ResetPasswordPage },
          { path: "admin", Component: AdminHomePage },
          { path: "admin/outbox", Component: AdminOutboxPage },
          { path: "admin/registration", Component: AdminRegistrationPage },
          { path: "admin/programme", Component: AdminProgrammePage },
          { path: "admin/programme/new", Component: AdminProgrammeEventPage },
          { path: "admin/programme/review", Component: AdminReviewEventsPage },
          { path: "admin/programme/:eventId", Component: AdminProgrammeEventPage },
          { path: "admin/analytics", Component: AdminAnalyticsPage },
          { path: "admin/analytics/warmth", Component: WarmthSettingsPage },
          { path: "me/data", Component: MyDataPage },
          { path: "cabinet", Component: CabinetPage },
          {
            path: "cabinet/:exhibitorId",
            Component: CabinetExhibitorPage,
            children: [
              { index: true, Component: CabinetIndexRedirect },
              { path: "profile", Component: ProfilePanel },
              { path: "materials", Component: MaterialsPanel },
              { path: "immersive", Component: ImmersivePanel },
              { path: "team", Component: TeamPanel },
              { path: "preview", Component: PreviewPanel },
              { path: "activity", Component: ActivityPanel },
              { path: "live", Component: LivePanel },
              { path: "events", Component: EventsPanel },
              { path: "events/new", Component: CabinetEventPage },
              { path: "events/:eventId", Component: CabinetEventPage },
              { path: "leads", Component: LeadsPanel },
              { path: "leads/:leadId", Component: LeadsPanel },
              { path: "stats", Component: StatsPanel },
            ],
          },
          { path: "programme", Component: SchedulePage },
          { path: "agenda", Component: AgendaPage },
          { path: "events/:eventId", Component: EventPage },
          { path: "events/:eventId/registrants", Component: RegistrantsPage },
          { path: "events/:eventId/live", Component: WebinarPage },
          { path: "recordings", Component: RecordingsPage },
          { path: "invite/:token", Component: InvitePage },
          { path: "admin/moderation", Component: ModerationQueuePage },
          { path: "admin/moderation/:exhibitorId", Component: ModerationReviewPage },
          { path: "admin/floors/:floorSlug?", Component: AdminFloorsPage },
          { path: "*", Component: NotFoundPage },
        ],
      },
    ],
  },
]);
