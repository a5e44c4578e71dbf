/**
 * Python 3 float formatting and rounding, so that files we write read exactly like Flee's
 * (flee-model.md §9.1: "Python number formatting: integers plain, floats as shortest repr").
 *
 * Both functions are pure and allocation-light; `pythonRound` has a fast path for the common
 * case and falls back to exact integer arithmetic (BigInt) only near a rounding tie.
 */

/**
 * `repr(x)` of a Python 3 float.
 *
 * - Digits: the shortest decimal string that reads back to `x`, choosing the one closest to `x`
 *   when several have that length. ECMAScript's Number-to-string conversion makes the same choice,
 *   so the digits are taken from `toExponential()` without a fraction-digit argument.
 * - Layout: fixed notation when the decimal exponent `e` (x = d.ddd × 10^e) satisfies
 *   -4 <= e < 16, with `.0` added to integral values (`3.0`, `1e+16` is the first in exponent
 *   form); otherwise `d.ddde±XX` with at least two exponent digits (`1e-05`, `1.5e+16`, `1e+100`).
 * - Specials: `inf`, `-inf`, `nan`, and `-0.0` for negative zero.
 */
export function pythonRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';

  const negative = x < 0;
  const ax = negative ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    // Fixed-notation range of both languages (JS uses it for 1e-7 <= |x| < 1e21) with the same
    // shortest digits; Python adds ".0" to integral values.
    const s = String(x);
    return Number.isInteger(x) ? `${s}.0` : s;
  }
  const exp = ax.toExponential(); // e.g. "1.2345e-7", "5e+0"
  const ePos = exp.indexOf('e');
  const mantissa = exp.slice(0, ePos);
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  const e = Number(exp.slice(ePos + 1));
  const sign = negative ? '-' : '';

  if (e < -4 || e >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const absE = e < 0 ? -e : e;
    const eDigits = absE < 10 ? `0${absE}` : String(absE);
    return `${sign}${m}e${e < 0 ? '-' : '+'}${eDigits}`;
  }
  if (e < 0) {
    return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  }
  const intLen = e + 1;
  if (digits.length <= intLen) {
    return `${sign}${digits}${'0'.repeat(intLen - digits.length)}.0`;
  }
  return `${sign}${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
}

/** Python's NDIGITS_MAX / NDIGITS_MIN for doubles: beyond them round() returns x or ±0.0. */
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** Exact powers of ten as doubles (10^0 .. 10^22 are exactly representable). */
const EXACT_POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * Python 3's `round(x, ndigits)` for a float `x` and an integer `ndigits`:
 * the exact binary value of `x` is rounded to a multiple of 10^-ndigits with ties to even, and the
 * result is the double nearest to that decimal. Examples: round(2.675, 2) = 2.67 (2.675 is
 * slightly below 2.675 in binary), round(0.03125, 4) = 0.0312 (an exact tie, to even),
 * round(0.5, 0) = 0.0, round(-0.4, 0) = -0.0, round(1234.5, -1) = 1230.0.
 * NaN and ±Infinity are returned unchanged (Python returns them too); a result too large for a
 * double throws a RangeError, as Python raises OverflowError.
 */
export function pythonRound(x: number, ndigits: number): number {
  if (!Number.isInteger(ndigits)) {
    throw new RangeError(`pythonRound: ndigits must be an integer, got ${ndigits}`);
  }
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return x < 0 ? -0 : 0;

  const negative = x < 0;
  const ax = negative ? -x : x;
  const r = ndigits >= 0 && ndigits <= 22 ? roundFast(ax, ndigits) : undefined;
  const result = r ?? roundExact(ax, ndigits);
  if (result === Infinity) {
    // Python raises OverflowError, e.g. round(1.5e308, -308).
    throw new RangeError(`pythonRound: rounded value too large to represent (${x}, ${ndigits})`);
  }
  return negative ? -result : result;
}

/**
 * Fast path for 0 <= n <= 22 and |x|·10^n < 2^52: y = x·10^n carries a relative error of at most
 * 2^-53, so unless its fractional part lies within that error of one half, the rounding direction
 * of the exact product is the same as that of y. The quotient q / 10^n of two exact doubles is
 * correctly rounded by IEEE division, i.e. it is the double nearest to the decimal result.
 * Returns undefined when the exact path must decide.
 */
function roundFast(ax: number, n: number): number | undefined {
  const p = EXACT_POW10[n];
  const y = ax * p;
  if (!(y < 4503599627370496)) return undefined; // 2^52, also catches overflow to Infinity
  const f = Math.floor(y);
  const frac = y - f;
  const margin = y * 2.3e-16 + 1e-300; // > 2^-52 · y: generous bound on the product's error
  const d = frac - 0.5;
  if (d > margin) return (f + 1) / p;
  if (d < -margin) return f / p;
  return undefined;
}

/** Exact path: x = m · 2^e with integer m, rounding done on BigInt numerator / denominator. */
function roundExact(ax: number, n: number): number {
  const { mantissa, exponent } = decompose(ax);
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  const scale = 10n ** BigInt(n < 0 ? -n : n);
  if (n >= 0) num *= scale;
  else den *= scale;

  let q = num / den;
  const twiceRem = (num - q * den) * 2n;
  if (twiceRem > den || (twiceRem === den && (q & 1n) === 1n)) q += 1n;
  if (q === 0n) return 0;
  // Decimal string to double is correctly rounded in ECMAScript.
  return Number(`${q.toString()}e${-n}`);
}

/** Splits a positive finite double into an integer mantissa and a power-of-two exponent. */
function decompose(ax: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, ax);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fracHi = hi & 0xfffff;
  let mantissa = (BigInt(fracHi) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074; // subnormal
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  return { mantissa, exponent };
}
