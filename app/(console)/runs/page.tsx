import type { Metadata } from "next";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { runFiltersSchema } from "@/lib/traces/run-filters";
import { listRuns, runFacets } from "@/lib/traces/run-list";
import { RunFiltersForm } from "@/components/traces/run-filters-form";
import { RunTable } from "@/components/traces/run-table";
import styles from "@/components/traces/traces.module.css";

export const metadata: Metadata = { title: "Runs & traces" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function RunsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireConsoleUser("/runs");
  const params = await searchParams;
  // A hand-edited URL with a bad filter shows every run rather than an error page.
  const parsed = runFiltersSchema.safeParse(params);
  const filters = parsed.success ? parsed.data : runFiltersSchema.parse({});
  const [page, facets] = await Promise.all([listRuns(user.tenantId, filters).catch(() => listRuns(user.tenantId, { ...filters, cursor: undefined })), runFacets(user.tenantId)]);
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (key !== "cursor" && typeof value === "string" && value !== "") next.set(key, value);
  if (page.nextCursor) next.set("cursor", page.nextCursor);
  return (
    <div className="grid">
      <h1>Runs &amp; traces</h1>
      {!parsed.success && <p className="error">Some filters were not understood and were ignored.</p>}
      <RunFiltersForm filters={filters} facets={facets} />
      <RunTable runs={page.runs} />
      {(page.nextCursor || filters.cursor) && (
        <nav className={styles.pager} aria-label="Pages">
          {filters.cursor && (
            <a className="btn" href={`/runs?${new URLSearchParams([...next].filter(([k]) => k !== "cursor"))}`}>
              Newest
            </a>
          )}
          {page.nextCursor && (
            <a className="btn" href={`/runs?${next}`} style={{ marginLeft: 6 }}>
              Older runs
            </a>
          )}
        </nav>
      )}
    </div>
  );
}
