import { RunStatus } from "@/lib/generated/prisma/enums";
import { UNCLASSIFIED, type RunFilters } from "@/lib/traces/run-filters";
import styles from "@/components/traces/traces.module.css";

// A plain GET form: filters live in the URL, so a filtered list can be bookmarked or shared.

const dollars = (micros?: number) => (micros === undefined ? "" : String(micros / 1_000_000));
const seconds = (ms?: number) => (ms === undefined ? "" : String(ms / 1000));

export function RunFiltersForm({ filters, facets }: { filters: RunFilters; facets: { docTypes: string[]; decisions: string[] } }) {
  return (
    <form className={`panel ${styles.filters}`} method="get" action="/runs" role="search" aria-label="Filter runs">
      <div className={styles.search}>
        <label htmlFor="runs-q">Search</label>
        <input id="runs-q" name="q" defaultValue={filters.q ?? ""} placeholder="Run id, document id or a field value (e.g. INV-2026-0042)" />
      </div>
      <div>
        <label htmlFor="runs-status">Status</label>
        <select id="runs-status" name="status" defaultValue={filters.status[0] ?? ""}>
          <option value="">Any</option>
          {Object.values(RunStatus).map((s) => (
            <option key={s} value={s}>
              {s.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="runs-type">Type</label>
        <select id="runs-type" name="type" defaultValue={filters.type ?? ""}>
          <option value="">Any</option>
          {facets.docTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
          <option value={UNCLASSIFIED}>unclassified</option>
        </select>
      </div>
      <div>
        <label htmlFor="runs-decision">Decision</label>
        <select id="runs-decision" name="decision" defaultValue={filters.decision ?? ""}>
          <option value="">Any</option>
          {facets.decisions.map((d) => (
            <option key={d} value={d}>
              {d.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </div>
      <fieldset className={styles.range}>
        <legend>Cost (USD)</legend>
        <input name="minCost" inputMode="decimal" aria-label="Minimum cost in USD" placeholder="min" defaultValue={dollars(filters.minCost)} />
        <input name="maxCost" inputMode="decimal" aria-label="Maximum cost in USD" placeholder="max" defaultValue={dollars(filters.maxCost)} />
      </fieldset>
      <fieldset className={styles.range}>
        <legend>Duration (s)</legend>
        <input name="minDuration" inputMode="decimal" aria-label="Minimum duration in seconds" placeholder="min" defaultValue={seconds(filters.minDuration)} />
        <input name="maxDuration" inputMode="decimal" aria-label="Maximum duration in seconds" placeholder="max" defaultValue={seconds(filters.maxDuration)} />
      </fieldset>
      <div className={styles.formButtons}>
        <button className="btn primary" type="submit">
          Apply
        </button>
        <a className="btn" href="/runs">
          Clear
        </a>
      </div>
    </form>
  );
}
