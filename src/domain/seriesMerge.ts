/**
 * The "step-add" merge of a multi-file observed series (flee-model.md §2.8, quirk Q14), copied
 * rule for rule: `merge(merge(f1, f2), f3)`. Generic over the value so callers can merge raw
 * counts or hasten-scaled values (every output value is one A value plus one B value).
 */

export interface DayValue {
  readonly day: number;
  readonly count: number;
}

export type MergeResult =
  | { readonly ok: true; readonly rows: DayValue[] }
  /** B starts after A: the original crashes (no B row consumed yet when A must be emitted). */
  | { readonly ok: false; readonly bDay: number; readonly aDay: number };

export function stepAddMerge(a: readonly DayValue[], b: readonly DayValue[]): MergeResult {
  const out: DayValue[] = [];
  if (a.length === 0) return { ok: true, rows: out };
  let i = 0;
  let consumed: DayValue | undefined;
  for (const row of b) {
    while (row.day > a[i].day) {
      if (consumed === undefined) return { ok: false, bDay: row.day, aDay: a[i].day };
      out.push({ day: a[i].day, count: a[i].count + consumed.count });
      if (i < a.length - 1) i++;
      else break;
    }
    if (row.day === a[i].day) {
      out.push({ day: row.day, count: row.count + a[i].count });
      if (i < a.length - 1) i++;
      consumed = row;
    } else if (row.day < a[i].day) {
      out.push({ day: row.day, count: row.count + a[i].count });
      consumed = row;
    }
  }
  return { ok: true, rows: out };
}

/** Merges the files of one series left to right; the first failing step is reported by index. */
export function mergeSeriesFiles(
  files: readonly (readonly DayValue[])[],
): { ok: true; rows: DayValue[] } | { ok: false; fileIndex: number; bDay: number; aDay: number } {
  let table: DayValue[] = files.length > 0 ? [...files[0]] : [];
  for (let f = 1; f < files.length; f++) {
    const merged = stepAddMerge(table, files[f]);
    if (!merged.ok) return { ok: false, fileIndex: f, bDay: merged.bDay, aDay: merged.aDay };
    table = merged.rows;
  }
  return { ok: true, rows: table };
}
