import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBodySchema } from "@/lib/core/contract";
import { drainExecutions } from "@/lib/pipeline/run-registry";
import { BASE_URL, call, dispatch } from "../../support/api-dispatch";
import { createDocumentWithRun, tokenFor } from "../../support/api-factories";
import { createTenantWithUsers } from "../../support/factories";

// A PostgreSQL connection killed while a request's query runs on it (what a failover or an
// administrator's pg_terminate_backend does): the request must answer 503 with Retry-After,
// never 500, and the next one must succeed. The query is held mid-flight by a table lock taken
// on a connection of the test's own, and only the backends waiting on that lock are terminated.

let admin: pg.Client;
let secret: string;
let runId: string;

/** Sends `request` while `table` is locked, kills the backend that waits on the lock, and returns the answer. */
async function killedMidQuery(table: string, request: () => Promise<Response>): Promise<Response> {
  await admin.query("BEGIN");
  await admin.query(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
  try {
    const answer = request();
    for (let killed = 0, deadline = Date.now() + 30_000; killed === 0; ) {
      if (Date.now() > deadline) throw new Error(`no query waited on "${table}"`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const { rows } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'",
      );
      killed = rows.length;
    }
    return await answer;
  } finally {
    await admin.query("ROLLBACK");
  }
}

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  const body = errorBodySchema.parse(await response.json());
  expect(body.error).toMatchObject({ code: "unavailable", details: { dependency: "database" } });
  expect(JSON.stringify(body)).not.toMatch(/terminat|57P01|prisma/i);
}

function upload() {
  const form = new FormData();
  form.set("file", new File([`KILLED MART\nTOTAL RM 3.00\nREF ${crypto.randomUUID()}`], "killed.txt"));
  return dispatch(new Request(`${BASE_URL}/api/v1/documents`, { method: "POST", headers: { authorization: `Bearer ${secret}` }, body: form }));
}

describe("a request whose PostgreSQL connection is killed mid-query", () => {
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const { tenant } = await createTenantWithUsers("killed");
    secret = await tokenFor(tenant.id, ["upload", "read"]);
    runId = (await createDocumentWithRun(tenant.id)).run.id;
  });

  afterAll(async () => {
    await drainExecutions(10_000);
    await admin.end();
  });

  it("answers a read 503 with Retry-After, then serves the next one", async () => {
    await expectUnavailable(await killedMidQuery("ApiToken", () => call(`/api/v1/runs/${runId}`, { bearer: secret })));
    expect((await call(`/api/v1/runs/${runId}`, { bearer: secret })).status).toBe(200);
  });

  it("answers an upload killed inside its transaction 503 with Retry-After, then accepts it again", async () => {
    await expectUnavailable(await killedMidQuery("Document", upload));
    expect((await upload()).status).toBe(202);
  });
});
