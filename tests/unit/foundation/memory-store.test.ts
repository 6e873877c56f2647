import { describe } from "vitest";
import { MemoryStore } from "@/lib/store/memory-store";
import { describeStoreContract } from "../../support/store-contract";

describe("in-process store", () => {
  describeStoreContract(() => new MemoryStore());
});
