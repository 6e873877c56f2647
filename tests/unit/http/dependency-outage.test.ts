import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import Redis from "ioredis";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { errorResponse } from "@/lib/http/respond";

// Real clients pointed at a port nobody listens on: the errors a PostgreSQL or Redis outage raises.
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A port whose server accepts a connection and cuts it at once, as a dying PostgreSQL does. */
async function cuttingPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => expect.fail("the call should have failed"), (e: unknown) => e);
}

async function expectUnavailable(error: unknown, dependency: string): Promise<void> {
  const response = errorResponse(error, "req-1");
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  const body = await response.json();
  expect(body.error).toMatchObject({ code: "unavailable", requestId: "req-1", details: { dependency } });
  expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|prisma/i);
}

describe("a dependency outage answers 503 with Retry-After, not 500 internal", () => {
  it("maps PostgreSQL unreachable through Prisma", async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://u@127.0.0.1:${await closedPort()}/x` }) });
    try {
      await expectUnavailable(await failure(prisma.document.findFirst()), "database");
      await expectUnavailable(await failure(prisma.$queryRaw`select 1`), "database");
    } finally {
      await prisma.$disconnect();
    }
  });

  it("maps PostgreSQL unreachable through the pg driver", async () => {
    const client = new pg.Client({ connectionString: `postgresql://u@127.0.0.1:${await closedPort()}/x` });
    await expectUnavailable(await failure(client.connect()), "database");
  });

  it("maps a connection the server cuts, through Prisma and through the pg driver", async () => {
    const server = await cuttingPort();
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://u@127.0.0.1:${server.port}/x` }) });
    try {
      await expectUnavailable(await failure(prisma.document.findFirst()), "database");
      await expectUnavailable(await failure(new pg.Client({ connectionString: `postgresql://u@127.0.0.1:${server.port}/x` }).connect()), "database");
    } finally {
      await prisma.$disconnect();
      await server.close();
    }
  });

  it("maps Redis unreachable", async () => {
    const redis = new Redis(`redis://127.0.0.1:${await closedPort()}`, { maxRetriesPerRequest: 1, retryStrategy: () => 20 });
    redis.on("error", () => undefined);
    try {
      await expectUnavailable(await failure(redis.get("k")), "redis");
    } finally {
      redis.disconnect();
    }
  });

  it("still answers 500 internal for an ordinary bug", async () => {
    const response = errorResponse(new TypeError("x is undefined"), "req-2");
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
  });
});
