import { orgNumberControlDigit } from '../platform/identifiers.js';
import type { SeededRandom } from './random.js';

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function control(digits: string, weights: number[]): number | undefined {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const c = 11 - (sum % 11);
  return c === 11 ? 0 : c === 10 ? undefined : c;
}

/**
 * A synthetic fødselsnummer (Tenor convention: month + 80), valid by both control digits but
 * never issued to a real person.
 */
export function syntheticFnr(random: SeededRandom, birthDate: string): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const yy = String(year % 100).padStart(2, '0');
  for (;;) {
    // 000–499 covers births 1900–1999; 500–999 covers 2000–2039.
    const individual = year < 2000 ? random.int(0, 499) : random.int(500, 999);
    const base = `${String(day).padStart(2, '0')}${String(month + 80).padStart(2, '0')}${yy}${String(individual).padStart(3, '0')}`;
    const k1 = control(base, K1);
    if (k1 === undefined) continue;
    const k2 = control(base + k1, K2);
    if (k2 === undefined) continue;
    return `${base}${k1}${k2}`;
  }
}

export function syntheticOrgNumber(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const first8 = `9${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
    const c = orgNumberControlDigit(first8);
    const value = `${first8}${c}`;
    if (c !== undefined && !used.has(value)) {
      used.add(value);
      return value;
    }
  }
}
