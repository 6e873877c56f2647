"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { SieveApiError } from "@/components/ui/api";
import {
  claimItem,
  claimNextItem,
  fetchQueuePage,
  fetchQueueSummary,
  queueKeys,
  queueSearchParams,
  releaseItem,
  type QueueFilters,
} from "@/components/ui/queue-api";
import { PrecisionPanel } from "@/components/queue/precision-panel";
import { QueueFiltersBar } from "@/components/queue/queue-filters";
import { QueueTable } from "@/components/queue/queue-table";
import styles from "@/components/queue/queue.module.css";
import { useNow } from "@/components/ui/use-now";
import { useQueueLive } from "@/components/ui/use-queue-live";
import { ShortcutList } from "@/components/ui/shortcut-list";
import { useHydrated, useShortcuts, type Shortcut } from "@/components/ui/use-shortcuts";
import type { QueueItem, QueuePage, QueueSummary } from "@/lib/review/queue-contract";
import { hasRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

interface Props {
  user: { id: string; role: Role };
  initialFilters: QueueFilters;
  initialPage: QueuePage;
  initialSummary: QueueSummary;
  notice?: string | null;
}

export function QueueScreen({ user, initialFilters, initialPage, initialSummary, notice }: Props) {
  const router = useRouter();
  const client = useQueryClient();
  const now = useNow();
  const live = useQueueLive();
  const [filters, setFilters] = useState<QueueFilters>(initialFilters);
  // Keyset pages: the cursors that led to each page so far, for "Previous".
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1];
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(notice ? { kind: "info", text: notice } : null);
  const rowLinks = useRef<(HTMLAnchorElement | null)[]>([]);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const hydrated = useHydrated();
  const isInitial = cursor === null && JSON.stringify(filters) === JSON.stringify(initialFilters);

  const page = useQuery({
    queryKey: queueKeys.page(filters, cursor),
    queryFn: () => fetchQueuePage(filters, cursor),
    initialData: isInitial ? initialPage : undefined,
    placeholderData: keepPreviousData,
    // Polling is the fallback while the live channel is down.
    refetchInterval: live.connected ? false : 15_000,
  });
  const summary = useQuery({
    queryKey: queueKeys.summary,
    queryFn: fetchQueueSummary,
    initialData: initialSummary,
    refetchInterval: live.connected ? 60_000 : 15_000,
  });
  const items = page.data?.items ?? [];

  const changeFilters = useCallback((next: Partial<QueueFilters>) => {
    setFilters((current) => {
      const merged = { ...current, ...next };
      window.history.replaceState(null, "", `/queue?${queueSearchParams({ ...merged, view: merged.view === "open" ? undefined : merged.view, sort: merged.sort === "priority" ? undefined : merged.sort })}`);
      return merged;
    });
    setCursors([null]);
    setSelected(0);
  }, []);

  const fail = (error: unknown) => {
    setMessage({ kind: "error", text: error instanceof SieveApiError ? error.message : "Something went wrong; try again" });
    void client.invalidateQueries({ queryKey: queueKeys.all });
  };
  const claim = useMutation({
    mutationFn: (item: QueueItem) => claimItem(item.id),
    onSuccess: (item) => router.push(`/documents/${item.documentId}`),
    onError: fail,
  });
  const release = useMutation({
    mutationFn: (item: QueueItem) => releaseItem(item.id),
    onSuccess: () => {
      setMessage({ kind: "info", text: "Released; the item is back in the queue" });
      void client.invalidateQueries({ queryKey: queueKeys.all });
    },
    onError: fail,
  });
  const next = useMutation({
    mutationFn: () => claimNextItem(filters),
    onSuccess: ({ item }) =>
      item ? router.push(`/documents/${item.documentId}`) : setMessage({ kind: "info", text: "Nothing left to claim with these filters." }),
    onError: fail,
  });

  useEffect(() => {
    if (selected >= items.length && items.length > 0) setSelected(items.length - 1);
  }, [items.length, selected]);

  const move = (delta: number) => {
    const index = Math.min(Math.max(0, selected + delta), Math.max(0, items.length - 1));
    setSelected(index);
    rowLinks.current[index]?.focus();
  };
  const current = items[selected];
  const shortcuts: Shortcut[] = [
    { keys: ["j", "ArrowDown"], label: "Next row", run: () => move(1) },
    { keys: ["k", "ArrowUp"], label: "Previous row", run: () => move(-1) },
    { keys: ["o"], label: "Open the row's document", run: () => current && router.push(`/documents/${current.documentId}`) },
    { keys: ["c"], label: "Claim the row", run: () => current && current.status !== "resolved" && claim.mutate(current), enabled: !!current },
    { keys: ["n"], label: "Claim the next item", run: () => next.mutate() },
    { keys: ["/"], label: "Search", run: () => searchRef.current?.focus() },
  ];
  useShortcuts(shortcuts);

  const total = page.data?.total ?? 0;
  const first = (cursors.length - 1) * 50 + 1;
  return (
    <div className={styles.screen} data-ready={hydrated || undefined}>
      <header className={styles.header}>
        <div>
          <h1>Review queue</h1>
          <p className="muted" aria-live="polite">
            <span className={live.connected ? styles.liveOn : styles.liveOff} aria-hidden="true" />
            {live.connected ? "Live" : "Reconnecting… refreshing every 15 s"} · {total.toLocaleString()} {total === 1 ? "item" : "items"} in this view
          </p>
        </div>
        <button type="button" className="btn primary" onClick={() => next.mutate()} disabled={next.isPending}>
          Claim next item <kbd>n</kbd>
        </button>
      </header>

      {message && (
        <div className={message.kind === "error" ? styles.alertError : styles.alertInfo} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
          <button type="button" className="btn" onClick={() => setMessage(null)} aria-label="Dismiss message">×</button>
        </div>
      )}

      {summary.data && <PrecisionPanel summary={summary.data} canSetRate={hasRole(user.role, "operator")} />}

      <QueueFiltersBar filters={filters} summary={summary.data} onChange={changeFilters} searchRef={searchRef} />

      <div className={styles.tableWrap} aria-busy={page.isFetching}>
        {items.length === 0 && !page.isFetching ? (
          <p className={styles.empty}>Nothing here. {filters.view === "open" ? "New items appear as soon as the pipeline routes them." : ""}</p>
        ) : (
          <QueueTable
            items={items}
            userId={user.id}
            now={now}
            selected={selected}
            onSelect={setSelected}
            onClaim={(item) => claim.mutate(item)}
            onRelease={(item) => release.mutate(item)}
            pendingItemId={(claim.isPending && claim.variables?.id) || (release.isPending && release.variables?.id) || null}
            rowLinks={rowLinks}
          />
        )}
      </div>

      <nav className={styles.pager} aria-label="Queue pages">
        <span className="muted">
          {items.length ? `${first.toLocaleString()}–${(first + items.length - 1).toLocaleString()} of ${total.toLocaleString()}` : ""}
        </span>
        <button type="button" className="btn" disabled={cursors.length === 1} onClick={() => (setCursors((c) => c.slice(0, -1)), setSelected(0))}>
          Previous
        </button>
        <button
          type="button"
          className="btn"
          disabled={!page.data?.nextCursor}
          onClick={() => (setCursors((c) => [...c, page.data!.nextCursor]), setSelected(0))}
        >
          Next
        </button>
      </nav>

      <ShortcutList shortcuts={shortcuts} />
    </div>
  );
}
