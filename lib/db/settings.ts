import { z } from 'zod';
import { db } from './schema';
import { validate } from './errors';

/** Every setting Saring keeps, with its schema. */
export const SettingSchemas = {
  activeReviewId: z.string().min(1).max(100),
  /** Where the screening queue stopped, per review. */
  queuePosition: z.record(z.string(), z.string()),
  /** The screening queue's order chosen by the reviewer, per review (absent: the default). */
  queueOrder: z.record(z.string(), z.enum(['relevance', 'imported'])),
  /** The separator of every CSV Saring writes (Settings; absent: comma). See lib/formats/csv-write.ts. */
  csvSeparator: z.enum(['comma', 'semicolon']),
} as const;
export type SettingName = keyof typeof SettingSchemas;
export type SettingValue<K extends SettingName> = z.infer<(typeof SettingSchemas)[K]>;

export async function getSetting<K extends SettingName>(key: K): Promise<SettingValue<K> | undefined> {
  const row = await db().settings.get(key);
  if (!row) return undefined;
  const parsed = SettingSchemas[key].safeParse(row.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

export async function setSetting<K extends SettingName>(key: K, value: SettingValue<K>): Promise<void> {
  const valid = validate(SettingSchemas[key], value, `Setting "${key}" not saved`);
  await db().settings.put({ key, value: valid });
}
