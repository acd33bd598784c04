/**
 * Linear classifiers over two kinds of features (see features.ts): dense features index a
 * weight table directly (row = index), hashed features find their row through an
 * open-addressing table of 32-bit keys. `AveragedPerceptron` learns (hashed rows are created
 * only for features that get an update, and averaging uses Daumé's trick: w − u/c), and
 * `LinearModel` scores with the averaged, pruned and int16-quantised weights.
 */

/** A feature vector: `dense` row indices and hashed `keys`, with their counts. */
export interface Features {
  dense: Int32Array;
  denseCount: number;
  keys: Int32Array;
  keyCount: number;
}

/** A feature vector of fixed counts, reused for every decision. */
export function newFeatures(dense: number, keys: number): Features {
  return {
    dense: new Int32Array(dense),
    denseCount: dense,
    keys: new Int32Array(keys),
    keyCount: keys,
  };
}

/**
 * Hashed rows of a many-class model as lists: row r's non-zero weights are
 * `entries[starts[r]..starts[r + 1])`, each `(class << 16) | (weight & 0xffff)`.
 */
export interface SparseRows {
  starts: Int32Array;
  entries: Int32Array;
}

/** Classes up to this many are stored inline in the hashed table's slot; more as sparse lists. */
const INLINE_CLASSES = 4;

/** Table size for a number of hashed rows: a power of two, at most 60% full. */
export function tableCapacity(rows: number): number {
  let capacity = 16;
  while (capacity * 0.6 < rows) capacity *= 2;
  return capacity;
}

/** Open-addressing map from non-zero 32-bit keys to row numbers, for training. */
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

/**
 * Scores of a linear model with int16 weights (sums are exact integers, so argmax is exact).
 * Dense features are one load each. A hashed feature is one probe of an open-addressing table,
 * with the weights in the slot itself when there are few classes, or pointing to a short list
 * of (class, weight) pairs when there are many (most such rows are sparse).
 */
export class LinearModel {
  readonly classes: number;
  /** Rows of the dense table. */
  readonly denseRows: number;
  /** denseRows × classes weights. */
  readonly dense: Int16Array;
  /** Number of hashed features (rows). */
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
   * One bit per 8 hashed rows' worth of space, set for each key: most features a sentence asks
   * about are not in the model (two rare words together), and this answers "not here" from a
   * table small enough to stay in cache, instead of a probe into the large one.
   */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  /**
   * `dense` holds denseRows × classes weights; `keys[r]` and `weights[r * classes + c]` (or, for
   * many classes, `weights` as sparse rows) the hashed rows. Rows in the order of their home
   * slot (`key & (tableCapacity(rows) - 1)`) fill the table sequentially, which loads fastest.
   */
  constructor(
    classes: number,
    dense: Int16Array,
    keys: Int32Array,
    weights: Int16Array | SparseRows,
    scale: number,
  ) {
    this.classes = classes;
    this.dense = dense;
    this.denseRows = dense.length / classes;
    this.size = keys.length;
    this.scale = scale;
    const inline = classes <= INLINE_CLASSES;
    const stride = inline ? classes + 1 : 4;
    this.stride = stride;
    const mask = tableCapacity(keys.length) - 1;
    this.mask = mask;
    const slots = new Int32Array((mask + 1) * stride);
    this.slots = slots;
    const sparse = weights instanceof Int16Array ? undefined : weights;
    const flat = weights instanceof Int16Array ? weights : undefined;
    if (inline && !flat) throw new Error('parse.LinearModel: few classes need flat weights.');
    let entries: Int32Array;
    if (sparse) {
      entries = sparse.entries;
    } else {
      let nonZero = 0;
      if (!inline) for (const w of flat!) if (w !== 0) nonZero++;
      entries = new Int32Array(nonZero);
    }
    this.entries = entries;
    let filterBits = 32;
    while (filterBits < keys.length * 8) filterBits *= 2;
    this.filterShift = 32 - Math.log2(filterBits);
    const filter = new Int32Array(filterBits / 32);
    this.filter = filter;
    let next = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      const bit = Math.imul(key, 0x9e3779b1) >>> this.filterShift;
      filter[bit >>> 5]! |= 1 << (bit & 31);
      let i = key & mask;
      while (slots[i * stride] !== 0) i = (i + 1) & mask;
      const at = i * stride;
      slots[at] = key;
      if (inline) {
        for (let c = 0; c < classes; c++) slots[at + 1 + c] = flat![r * classes + c]!;
        continue;
      }
      if (sparse) {
        slots[at + 1] = sparse.starts[r]!;
        slots[at + 2] = sparse.starts[r + 1]! - sparse.starts[r]!;
        continue;
      }
      slots[at + 1] = next;
      for (let c = 0; c < classes; c++) {
        const w = flat![r * classes + c]!;
        if (w !== 0) entries[next++] = (c << 16) | (w & 0xffff);
      }
      slots[at + 2] = next - slots[at + 1]!;
    }
  }

  /** The hashed rows in home-slot order (then by key): what the model file stores. */
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

  /** Sets `scores[0..classes)` to the sum of the features' weights. */
  score(f: Features, scores: Int32Array): void {
    const C = this.classes;
    const dense = this.dense;
    const { dense: rows, denseCount } = f;
    scores.fill(0, 0, C);
    if (C === 3) {
      let a = 0;
      let b = 0;
      let c = 0;
      for (let i = 0; i < denseCount; i++) {
        const at = rows[i]! * 3;
        a += dense[at]!;
        b += dense[at + 1]!;
        c += dense[at + 2]!;
      }
      scores[0] = a;
      scores[1] = b;
      scores[2] = c;
    } else {
      for (let i = 0; i < denseCount; i++) {
        const at = rows[i]! * C;
        for (let c = 0; c < C; c++) scores[c]! += dense[at + c]!;
      }
    }
    this.addHashed(f, scores);
  }

  /** Adds the weights of the hashed features to `scores`. */
  addHashed(f: Features, scores: Int32Array): void {
    const C = this.classes;
    const { keys, keyCount } = f;
    const slots = this.slots;
    const stride = this.stride;
    const mask = this.mask;
    const filter = this.filter;
    const shift = this.filterShift;
    if (C <= INLINE_CLASSES) {
      for (let f = 0; f < keyCount; f++) {
        const key = keys[f]!;
        const bit = Math.imul(key, 0x9e3779b1) >>> shift;
        if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
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
    for (let f = 0; f < keyCount; f++) {
      const key = keys[f]!;
      const bit = Math.imul(key, 0x9e3779b1) >>> shift;
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
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

/**
 * Like `LinearModel#score`, but only the classes in `classes[0..count)` get a valid score (the
 * others are left with whatever they had): dense rows cost one add per listed class.
 */
export function scoreSome(
  model: LinearModel,
  f: Features,
  classes: Int32Array,
  scores: Int32Array,
): void {
  const C = model.classes;
  const dense = model.dense;
  const count = classes.length;
  for (let j = 0; j < count; j++) scores[classes[j]!] = 0;
  for (let i = 0; i < f.denseCount; i++) {
    const at = f.dense[i]! * C;
    for (let j = 0; j < count; j++) {
      const c = classes[j]!;
      scores[c]! += dense[at + c]!;
    }
  }
  model.addHashed(f, scores);
}

/** Grows a typed array to `size`, keeping its contents. */
function grow<T extends Float32Array | Float64Array | Int32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** A multi-class averaged perceptron over dense and hashed features, for training. */
export class AveragedPerceptron {
  readonly classes: number;
  private readonly denseW: Float32Array;
  private readonly denseU: Float64Array;
  private table = new KeyTable(1 << 16);
  private keys = new Int32Array(1 << 16);
  private w: Float32Array;
  /** Sum of time × update, for the average w − u/c. */
  private u: Float64Array;
  private rows = 0;
  /** Number of training instances seen (the time of an update). */
  instances = 0;

  constructor(classes: number, denseRows: number) {
    this.classes = classes;
    this.denseW = new Float32Array(denseRows * classes);
    this.denseU = new Float64Array(denseRows * classes);
    this.w = new Float32Array((1 << 16) * classes);
    this.u = new Float64Array((1 << 16) * classes);
  }

  /** Number of hashed features with a row. */
  get features(): number {
    return this.rows;
  }

  /** Sets `scores` to the current (not averaged) scores of the features. */
  score(f: Features, scores: Float64Array): void {
    const C = this.classes;
    scores.fill(0, 0, C);
    for (let i = 0; i < f.denseCount; i++) {
      const at = f.dense[i]! * C;
      for (let c = 0; c < C; c++) scores[c]! += this.denseW[at + c]!;
    }
    for (let i = 0; i < f.keyCount; i++) {
      const row = this.table.get(f.keys[i]!);
      if (row < 0) continue;
      const at = row * C;
      for (let c = 0; c < C; c++) scores[c]! += this.w[at + c]!;
    }
  }

  /** `score` for the classes in `classes` only (the others keep what they had). */
  scoreSome(f: Features, classes: Int32Array, scores: Float64Array): void {
    const C = this.classes;
    for (const c of classes) scores[c] = 0;
    for (let i = 0; i < f.denseCount; i++) {
      const at = f.dense[i]! * C;
      for (const c of classes) scores[c]! += this.denseW[at + c]!;
    }
    for (let i = 0; i < f.keyCount; i++) {
      const row = this.table.get(f.keys[i]!);
      if (row < 0) continue;
      const at = row * C;
      for (const c of classes) scores[c]! += this.w[at + c]!;
    }
  }

  /** Adds `delta` to the weight of class `cls` for each feature. */
  update(f: Features, cls: number, delta: number): void {
    const C = this.classes;
    const time = this.instances;
    for (let i = 0; i < f.denseCount; i++) {
      const at = f.dense[i]! * C + cls;
      this.denseW[at]! += delta;
      this.denseU[at]! += time * delta;
    }
    for (let i = 0; i < f.keyCount; i++) {
      const key = f.keys[i]!;
      let row = this.table.get(key);
      if (row < 0) row = this.addRow(key);
      this.w[row * C + cls]! += delta;
      this.u[row * C + cls]! += time * delta;
    }
  }

  private addRow(key: number): number {
    if (this.rows === this.keys.length) {
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
   * The averaged weights as a scoring model, quantised to int16. Dense weights within `prune`
   * of zero become 0; hashed rows whose weights all are within `prune` of zero are dropped.
   */
  average(prune = 0): LinearModel {
    const C = this.classes;
    const c = Math.max(this.instances, 1);
    const denseAvg = new Float32Array(this.denseW.length);
    let max = 0;
    for (let i = 0; i < denseAvg.length; i++) {
      const a = this.denseW[i]! - this.denseU[i]! / c;
      denseAvg[i] = Math.abs(a) > prune ? a : 0;
      max = Math.max(max, Math.abs(a));
    }
    const avg = new Float32Array(this.rows * C);
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
    const dense = Int16Array.from(denseAvg, (a) => Math.round(a / scale));
    const keys = new Int32Array(kept.length);
    const weights = new Int16Array(kept.length * C);
    kept.forEach((r, j) => {
      keys[j] = this.keys[r]!;
      for (let k = 0; k < C; k++) weights[j * C + k] = Math.round(avg[r * C + k]! / scale);
    });
    return new LinearModel(C, dense, keys, weights, scale);
  }
}
