// Counts import cycles between lib/ folders (issue 18): every import of a lib/ file, by the `@/lib/…`
// alias or a relative path, is an edge from its folder to the target's folder; a cycle is a strongly
// connected component of more than one folder. Prints the folder map and exits 1 on any cycle.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "..");
const libDir = path.join(root, "lib");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// lib/db.ts is the node "db.ts"; lib/review/claims.ts is the node "review".
function folderOf(file: string): string | null {
  const rel = path.relative(libDir, file);
  if (rel.startsWith("..")) return null;
  const [first] = rel.split(path.sep);
  return first ?? null;
}

function importTarget(from: string, specifier: string): string | null {
  if (specifier.startsWith("@/lib/")) return path.join(root, specifier.slice(2));
  if (specifier.startsWith(".")) return path.resolve(path.dirname(from), specifier);
  return null;
}

const edges = new Map<string, Set<string>>();
for (const file of sourceFiles(libDir)) {
  const from = folderOf(file)!;
  const targets = edges.get(from) ?? new Set<string>();
  edges.set(from, targets);
  for (const ref of ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true).importedFiles) {
    const target = importTarget(file, ref.fileName);
    const to = target && folderOf(target.endsWith(".ts") || target.endsWith(".tsx") ? target : `${target}.ts`);
    if (to && to !== from && to !== "generated") targets.add(to);
  }
}

// Tarjan's strongly connected components.
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const components: string[][] = [];
let counter = 0;
function connect(node: string): void {
  index.set(node, counter);
  low.set(node, counter++);
  stack.push(node);
  onStack.add(node);
  for (const next of edges.get(node) ?? []) {
    if (!index.has(next)) {
      connect(next);
      low.set(node, Math.min(low.get(node)!, low.get(next)!));
    } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
  }
  if (low.get(node) === index.get(node)) {
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component.sort());
  }
}
for (const node of edges.keys()) if (!index.has(node)) connect(node);

const folders = [...edges.keys()].sort();
for (const folder of folders) console.log(`${folder.padEnd(14)} → ${[...edges.get(folder)!].sort().join(", ") || "(nothing)"}`);
console.log(`\n${folders.length} lib/ folders, ${components.length} import cycle(s)${components.map((c) => `\n  cycle: ${c.join(" ↔ ")}`).join("")}`);
console.log(JSON.stringify({ folders: folders.length, cycles: components.length, cyclic_folders: components.flat().length }));
process.exit(components.length === 0 ? 0 : 1);
