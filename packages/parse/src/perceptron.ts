/**
 * Linear classifiers over hashed feature keys. `AveragedPerceptron` learns (rows are created
 * only for features that get an update, and averaging uses Daumé's trick: w − u/c), and
 * `LinearModel` scores with the averaged, pruned and quantised weights: one open-addressing
 * table from key to row, and one row of int16 weights per feature, all in typed arrays.
 */

/** Open-addressing map from non-zero 32-bit keys to row numbers, in one interleaved array. */
class KeyTable {
  /** [key, row, key, row, …]; key 0 = empty. */
  slots: Int32Array;
  mask: number;
  size = 0;

  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
  }

  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = key & mask;
    for (;;) {
      const k = slots[i * 2]!;
      if (k === key) return slots[i * 2 + 1]!;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Inserts a key that is not in the table yet. */
  insert(key: number, row: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    let i = key & mask;
    while (slots[i * 2] !== 0) i = (i + 1) & mask;
    slots[i * 2] = key;
    slots[i * 2 + 1] = row;
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] !== 0) this.insert(old[i]!, old[i + 1]!);
    }
  }
}

/** Classes up to this many are stored inline in the table slot; more as sparse lists. */
const INLINE_CLASSES = 4;

/** Table size for a number of rows: a power of two, at most 60% full. */
export function tableCapacity(rows: number): number {
  let capacity = 16;
  while (capacity * 0.6 < rows) capacity *= 2;
  return capacity;
}

/**
 * Scores of a linear model with int16 weights (sums are exact integers, so argmax is exact).
 * Built for speed: one probe of an open-addressing table per feature, with the weights in the
 * slot itself when there are few classes (one cache miss per feature), or pointing to a short
 * list of (class, weight) pairs when there are many (most rows are sparse).
 */
export class LinearModel {
  readonly classes: number;
  /** Number of features (rows). */
  readonly size: number;
  /** The real weight is `weight * scale`. */
  readonly scale: number;
  /** [key, w0 … wC-1] inline, or [key, first entry, entry count, 0] per slot; key 0 = empty. */
  private readonly slots: Int32Array;
  private readonly stride: number;
  private readonly mask: number;
  /** Sparse rows: (class << 16) | (weight & 0xffff). */
  private readonly entries: Int32Array;

  /**
   * `keys[r]` and `weights[r * classes + c]` for each row r. Rows in the order of their home
   * slot (`key & (tableCapacity(rows) - 1)`) fill the table sequentially, which loads fastest.
   */
  constructor(classes: number, keys: Int32Array, weights: Int16Array, scale: number) {
    this.classes = classes;
    this.size = keys.length;
    this.scale = scale;
    const inline = classes <= INLINE_CLASSES;
    const stride = inline ? classes + 1 : 4;
    this.stride = stride;
    const capacity = tableCapacity(keys.length);
    const mask = capacity - 1;
    this.mask = mask;
    const slots = new Int32Array(capacity * stride);
    this.slots = slots;
    let nonZero = 0;
    if (!inline) for (const w of weights) if (w !== 0) nonZero++;
    const entries = new Int32Array(nonZero);
    this.entries = entries;
    let next = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      let i = key & mask;
      while (slots[i * stride] !== 0) i = (i + 1) & mask;
      const at = i * stride;
      slots[at] = key;
      if (inline) {
        for (let c = 0; c < classes; c++) slots[at + 1 + c] = weights[r * classes + c]!;
        continue;
      }
      slots[at + 1] = next;
      for (let c = 0; c < classes; c++) {
        const w = weights[r * classes + c]!;
        if (w !== 0) entries[next++] = (c << 16) | (w & 0xffff);
      }
      slots[at + 2] = next - slots[at + 1]!;
    }
  }

  /** The rows in home-slot order (then by key): what the model file stores. */
  rows(): { keys: Int32Array; weights: Int16Array } {
    const { classes: C, stride, slots, mask } = this;
    const found: number[] = [];
    for (let at = 0; at < slots.length; at += stride) if (slots[at] !== 0) found.push(at);
    found.sort((a, b) => {
      const ka = slots[a]!;
      const kb = slots[b]!;
      return (ka & mask) - (kb & mask) || ka - kb;
    });
    const keys = new Int32Array(found.length);
    const weights = new Int16Array(found.length * C);
    found.forEach((at, r) => {
      keys[r] = slots[at]!;
      if (C <= INLINE_CLASSES) {
        for (let c = 0; c < C; c++) weights[r * C + c] = slots[at + 1 + c]!;
        return;
      }
      const end = slots[at + 1]! + slots[at + 2]!;
      for (let e = slots[at + 1]!; e < end; e++) {
        const entry = this.entries[e]!;
        weights[r * C + (entry >>> 16)] = (entry << 16) >> 16;
      }
    });
    return { keys, weights };
  }

  /** Adds the weights of the `count` features in `keys` to `scores` (length ≥ classes). */
  score(keys: Int32Array, count: number, scores: Int32Array): void {
    const C = this.classes;
    const slots = this.slots;
    const stride = this.stride;
    const mask = this.mask;
    scores.fill(0, 0, C);
    if (C <= INLINE_CLASSES) {
      for (let f = 0; f < count; f++) {
        const key = keys[f]!;
        let i = key & mask;
        for (;;) {
          const at = i * stride;
          const k = slots[at]!;
          if (k === key) {
            for (let c = 0; c < C; c++) scores[c]! += slots[at + 1 + c]!;
            break;
          }
          if (k === 0) break;
          i = (i + 1) & mask;
        }
      }
      return;
    }
    const entries = this.entries;
    for (let f = 0; f < count; f++) {
      const key = keys[f]!;
      let i = key & mask;
      for (;;) {
        const at = i * 4;
        const k = slots[at]!;
        if (k === key) {
          const end = slots[at + 1]! + slots[at + 2]!;
          for (let e = slots[at + 1]!; e < end; e++) {
            const entry = entries[e]!;
            scores[entry >>> 16]! += (entry << 16) >> 16;
          }
          break;
        }
        if (k === 0) break;
        i = (i + 1) & mask;
      }
    }
  }
}

/** A multi-class averaged perceptron over hashed features, for training. */
export class AveragedPerceptron {
  readonly classes: number;
  private table = new KeyTable(1 << 16);
  private keys = new Int32Array(1 << 16);
  private w = new Float32Array((1 << 16) * 1);
  /** Sum of time × update, for the average w − u/c. */
  private u = new Float64Array((1 << 16) * 1);
  private rows = 0;
  /** Number of training instances seen (the time of an update). */
  instances = 0;

  constructor(classes: number) {
    this.classes = classes;
    this.w = new Float32Array((1 << 16) * classes);
    this.u = new Float64Array((1 << 16) * classes);
  }

  get features(): number {
    return this.rows;
  }

  /** Adds the current (not averaged) weights of the features to `scores`. */
  score(keys: Int32Array, count: number, scores: Float64Array): void {
    const C = this.classes;
    const w = this.w;
    scores.fill(0, 0, C);
    for (let f = 0; f < count; f++) {
      const row = this.table.get(keys[f]!);
      if (row < 0) continue;
      const base = row * C;
      for (let c = 0; c < C; c++) scores[c]! += w[base + c]!;
    }
  }

  /** Adds `delta` to the weight of class `cls` for each feature. */
  update(keys: Int32Array, count: number, cls: number, delta: number): void {
    const C = this.classes;
    const time = this.instances;
    for (let f = 0; f < count; f++) {
      const key = keys[f]!;
      let row = this.table.get(key);
      if (row < 0) row = this.addRow(key);
      this.w[row * C + cls]! += delta;
      this.u[row * C + cls]! += time * delta;
    }
  }

  private addRow(key: number): number {
    if (this.rows === this.keys.length) {
      const grow = <T extends Float32Array | Float64Array | Int32Array>(a: T, size: number): T => {
        const b = new (a.constructor as new (n: number) => T)(size);
        b.set(a);
        return b;
      };
      const cap = this.keys.length * 2;
      this.keys = grow(this.keys, cap);
      this.w = grow(this.w, cap * this.classes);
      this.u = grow(this.u, cap * this.classes);
    }
    const row = this.rows++;
    this.keys[row] = key;
    this.table.insert(key, row);
    return row;
  }

  /**
   * The averaged weights as a scoring model: rows whose averaged weights are all within
   * `prune` of zero are dropped, the rest quantised to int16.
   */
  average(prune = 0): LinearModel {
    const C = this.classes;
    const c = Math.max(this.instances, 1);
    const avg = new Float32Array(this.rows * C);
    let max = 0;
    const kept: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      let keep = false;
      for (let k = 0; k < C; k++) {
        const i = r * C + k;
        const a = this.w[i]! - this.u[i]! / c;
        avg[i] = a;
        const abs = Math.abs(a);
        if (abs > prune) keep = true;
        if (abs > max) max = abs;
      }
      if (keep) kept.push(r);
    }
    const mask = tableCapacity(kept.length) - 1;
    kept.sort((a, b) => {
      const ka = this.keys[a]!;
      const kb = this.keys[b]!;
      return (ka & mask) - (kb & mask) || ka - kb;
    });
    const scale = max > 0 ? max / 32767 : 1;
    const keys = new Int32Array(kept.length);
    const weights = new Int16Array(kept.length * C);
    kept.forEach((r, j) => {
      keys[j] = this.keys[r]!;
      for (let k = 0; k < C; k++) weights[j * C + k] = Math.round(avg[r * C + k]! / scale);
    });
    return new LinearModel(C, keys, weights, scale);
  }
}
