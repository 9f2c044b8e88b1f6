/**
 * Strings in code-point order: how the database sorts under COLLATE "C" (UTF-8 bytes), so a list the
 * in-memory source orders matches the PostgreSQL source's. JavaScript's `<` compares UTF-16 units,
 * which differ past the Basic Multilingual Plane (an emoji sorts before U+E000–U+FFFF there).
 */
export function compareCodePoints(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}
