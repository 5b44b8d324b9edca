/**
 * An empty project that installs the packed tarball offline, from the npm
 * cache: its lockfile is the agent's own (runtime entries only) plus the
 * tarball, so `npm ci --offline` needs no registry metadata, only the
 * tarballs the cache already holds from this checkout's install.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

interface Lockfile {
  packages: Record<string, LockEntry>;
}

export function writeConsumer(dir: string, root: string, tarball: string): void {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    name: string;
    version: string;
    dependencies: Record<string, string>;
    bin: Record<string, string>;
    engines: Record<string, string>;
  };
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as Lockfile;
  const spec = `file:${tarball}`;
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  // What a consumer gets: every entry the agent needs at run time, none of its dev tooling.
  const runtime = Object.fromEntries(Object.entries(lock.packages).filter(([path, entry]) => path !== "" && entry.dev !== true));
  const packages: Record<string, unknown> = {
    "": { name: "consumer", version: "1.0.0", dependencies: { [manifest.name]: spec } },
    [`node_modules/${manifest.name}`]: {
      version: manifest.version,
      resolved: spec,
      integrity,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
    ...runtime,
  };
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module", dependencies: { [manifest.name]: spec } }, null, 2),
  );
  writeFileSync(join(dir, "package-lock.json"), JSON.stringify({ name: "consumer", version: "1.0.0", lockfileVersion: 3, requires: true, packages }, null, 2));
}
