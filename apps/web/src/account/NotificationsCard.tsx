import type { NotificationItem } from "@marquee/contracts";
import {
  Alert,
  Button,
  IconAlert,
  IconCheck,
  IconClock,
  IconTicket,
  Spinner,
  useErrorMessage,
  useTRPC,
} from "@marquee/ui";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { AccountCard } from "./AccountCard.tsx";
import { useAccountTranslation } from "./i18n/register.ts";

const kindIcons: Record<string, ReactNode> = {
  order_confirmed: <IconTicket className="size-5" />,
  refund_issued: <IconCheck className="size-5" />,
  payment_refunded: <IconCheck className="size-5" />,
  show_changed: <IconClock className="size-5" />,
  show_cancelled: <IconAlert className="size-5" />,
};

/** The in-app inbox: news about the buyer's bookings and shows, newest first. */
export function NotificationsCard() {
  const { t, i18n } = useAccountTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, retry: false },
    ),
  );
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
    }),
  );
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? "en", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;

  return (
    <AccountCard
      id="notifications"
      level={2}
      title={t("notifications.heading")}
      badge={
        unread > 0 && (
          <span
            className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white"
            data-testid="unread-count"
          >
            {t("notifications.unread", { count: unread })}
          </span>
        )
      }
      aside={
        unread > 0 && (
          <Button
            size="sm"
            variant="ghost"
            loading={markRead.isPending && "all" in (markRead.variables ?? {})}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t("notifications.markAllRead")}
          </Button>
        )
      }
    >
      {list.isPending && (
        <Spinner label={t("common:status.loading")} className="mt-4 size-6 text-brand-600" />
      )}
      {list.isError && (
        <Alert tone="danger" className="mt-4">
          {errorMessage(list.error)}
        </Alert>
      )}
      {list.isSuccess && items.length === 0 && (
        <p className="mt-3 text-ink-600">{t("notifications.empty")}</p>
      )}
      <ul className="mt-3 divide-y divide-ink-200">
        {items.map((item) => (
          <NotificationRow
            key={item.id}
            item={item}
            when={format.format(item.createdAt)}
            onRead={() => markRead.mutate({ ids: [item.id] })}
          />
        ))}
      </ul>
      {list.hasNextPage && (
        <Button
          variant="ghost"
          className="mt-2"
          loading={list.isFetchingNextPage}
          onClick={() => list.fetchNextPage()}
        >
          {t("notifications.more")}
        </Button>
      )}
    </AccountCard>
  );
}

function NotificationRow({
  item,
  when,
  onRead,
}: {
  item: NotificationItem;
  when: string;
  onRead: () => void;
}) {
  const { t } = useAccountTranslation();
  const unread = item.readAt === null;
  const orderId = typeof item.data.orderId === "string" ? item.data.orderId : null;
  return (
    <li className="flex gap-3 py-3.5" data-testid="notification">
      <span
        className={`mt-0.5 grid size-10 shrink-0 place-items-center rounded-full ${unread ? "bg-brand-50 text-brand-700" : "bg-ink-100 text-ink-600"}`}
      >
        {kindIcons[item.kind] ?? <IconTicket className="size-5" />}
      </span>
      <div className="min-w-0 flex-1">
        <p className={`text-ink-950 ${unread ? "font-semibold" : ""}`}>
          {unread && (
            <>
              <span
                aria-hidden="true"
                className="mr-2 inline-block size-2 rounded-full bg-brand-600 align-middle"
              />
              <span className="sr-only">{t("notifications.new")}: </span>
            </>
          )}
          {orderId ? (
            <Link
              to={`/orders/${orderId}`}
              onClick={unread ? onRead : undefined}
              className="underline decoration-ink-300 underline-offset-4 hover:text-brand-700 hover:decoration-brand-600"
            >
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </p>
        <p className="text-sm text-ink-700">{item.body}</p>
        <p className="mt-0.5 text-xs text-ink-600">{when}</p>
      </div>
      {unread && (
        <Button
          size="sm"
          variant="ghost"
          className="shrink-0 self-start"
          aria-label={t("notifications.markReadLabel", { title: item.title })}
          onClick={onRead}
        >
          {t("notifications.markRead")}
        </Button>
      )}
    </li>
  );
}
