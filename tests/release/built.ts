import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// What the release checks read: the builds and zips `npm test` makes (wxt zip, both browsers).
export const ROOT = resolve(__dirname, '../..');
export const OUTPUT = join(ROOT, '.output');
export const BUILDS = { chrome: join(OUTPUT, 'chrome-mv3'), firefox: join(OUTPUT, 'firefox-mv2') } as const;
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

export interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

export function manifest(build: keyof typeof BUILDS): Manifest {
  const path = join(BUILDS[build], 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run zip first`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every .ts / .tsx file under the given folders of the repository. */
export function sourceFiles(...dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  return dirs.flatMap((d) => walk(join(ROOT, d)));
}

/** The file names inside a zip, read from its central directory (no dependency needed). */
export function zipEntries(path: string): string[] {
  const zip = readFileSync(path);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: damaged central directory`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}
