/**
 * The shape every translation of a message catalogue must have: the English catalogue's keys,
 * each a string. `const hi: Translation<typeof en> = {...}` fails to compile when a key is
 * missing or extra, so languages cannot drift apart.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** Every dotted key path of a catalogue, for the parity test. */
export function keyPaths(catalogue: object, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`),
  );
}

/** `{{name}}` placeholders used by a message, so translations keep the same ones. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? "").sort();
}

function messageAt(catalogue: object, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogue);
}

/**
 * What is wrong with a translation compared with the English catalogue: missing or extra keys,
 * empty messages and changed placeholders. Empty when the two match.
 */
export function catalogueDifferences(english: object, translation: object): string[] {
  const englishKeys = new Set(keyPaths(english));
  const translatedKeys = new Set(keyPaths(translation));
  const problems: string[] = [];
  for (const key of englishKeys) {
    if (!translatedKeys.has(key)) {
      problems.push(`missing ${key}`);
      continue;
    }
    const source = messageAt(english, key) as string;
    const target = messageAt(translation, key) as string;
    if (target.trim() === "") problems.push(`empty ${key}`);
    if (placeholders(source).join() !== placeholders(target).join())
      problems.push(`placeholders differ in ${key}`);
  }
  for (const key of translatedKeys) if (!englishKeys.has(key)) problems.push(`extra ${key}`);
  return problems;
}
