/**
 * A pool of worker threads that draw PNGs (rasterWorker.ts) beside Astro's page rendering during
 * `astro build`: the cot-moc integration starts it at the build's start and waits for it at the end.
 * It lives on `globalThis` under a global symbol, because the integration and the pages Astro renders
 * are separate module graphs in the same process (see pngOutput.ts). Outside a build there is no pool
 * and raster.ts draws in the calling thread.
 *
 * `COTMOC_RASTER_WORKERS`: how many threads (default: the machine's available parallelism); 0 or 1
 * draws in Astro's thread, as outside a build.
 */
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** What a worker draws: the arguments of raster.ts's `rasterize`. */
export interface RasterJob {
  svg: string;
  width: number;
  background: string;
  fontFiles: string[];
}

/** A font cut down to `chars` (fontSubset.ts's `cutSubset`): a page's rendering waits for it. */
export interface SubsetJob {
  subset: { file: string; chars: string };
}

/** A PNG job as it waits and travels to a worker: its SVG as UTF-8, half the memory of a two-byte string. */
export type WireRasterJob = Omit<RasterJob, "svg"> & { svg: Uint8Array };

/** What a worker answers: the PNG's or the font's bytes, or why it could not make them. */
export type RasterAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

interface Queued {
  id: number;
  job: WireRasterJob | SubsetJob;
  bytes: number;
  resolve: (bytes: Uint8Array) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  current?: Queued;
}

/**
 * SVG waiting in the queue, in bytes of UTF-8 (a few thousand charts). Past it, `draw` waits for room:
 * the pages' rendering slows to the workers' pace instead of holding every SVG of a large site in
 * memory at once.
 */
const QUEUE_BYTES = 32 * 2 ** 20;

const POOL = Symbol.for("cot-moc.raster-pool");

export class RasterPool {
  readonly size: number;
  /** The build-cache files being drawn: the path promised, and the promise of where the file is. */
  readonly pending = new Map<string, Promise<string>>();
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private queuedBytes = 0;
  private waitingForRoom: Array<() => void> = [];
  private nextId = 0;
  private stopped = false;
  private readonly workerFile: string;

  constructor(size: number, workerFile: string) {
    this.size = size;
    this.workerFile = workerFile;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Returns the PNG drawn by a worker; rejects when the worker throws or stops. */
  draw(job: RasterJob): Promise<Uint8Array> {
    if (this.stopped) return Promise.reject(new Error("Nhóm luồng vẽ PNG đã dừng."));
    return new Promise((resolve, reject) => {
      const svg = new TextEncoder().encode(job.svg);
      this.queue.push({ id: this.nextId++, job: { ...job, svg }, bytes: svg.byteLength, resolve, reject });
      this.queuedBytes += svg.byteLength;
      this.dispatch();
    });
  }

  /**
   * Returns the WOFF2 subset of the font `file` holding `chars`, made by a worker. It goes ahead of
   * the PNGs waiting: a page's rendering waits for it, while nothing waits for a PNG until the end.
   */
  subset(file: string, chars: string): Promise<Uint8Array> {
    if (this.stopped) return Promise.reject(new Error("Nhóm luồng vẽ PNG đã dừng."));
    return new Promise((resolve, reject) => {
      this.queue.unshift({ id: this.nextId++, job: { subset: { file, chars } }, bytes: 0, resolve, reject });
      this.dispatch();
    });
  }

  /** Resolves once the queue has room for more SVG (at once when it has). */
  room(): Promise<void> {
    if (this.queuedBytes < QUEUE_BYTES) return Promise.resolve();
    return new Promise((resolve) => this.waitingForRoom.push(resolve));
  }

  /** Waits until every file promised is drawn or has failed. */
  async settle(): Promise<void> {
    while (this.pending.size) {
      const now = [...this.pending.values()];
      await Promise.allSettled(now);
      if (now.length === this.pending.size) break;
    }
  }

  /** Ends the workers; jobs not yet drawn are rejected. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const q of this.queue.splice(0)) q.reject(new Error("Nhóm luồng vẽ PNG đã dừng trước khi vẽ ảnh này."));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.workerFile) };
    const { worker } = slot;
    // An idle worker does not keep the process alive: a build that failed exits without stopping the pool.
    worker.unref();
    worker.on("message", (answer: RasterAnswer) => {
      const q = slot.current;
      if (!q || q.id !== answer.id) return;
      this.finish(slot);
      if ("bytes" in answer) q.resolve(answer.bytes);
      else q.reject(new Error(answer.error));
    });
    const lost = (why: string) => {
      const q = slot.current;
      if (this.stopped) return;
      const i = this.slots.indexOf(slot);
      // A thread that died is replaced: the other PNGs are still drawn, and the build then fails on this one.
      if (i >= 0) this.slots[i] = this.spawn();
      if (q) {
        slot.current = undefined;
        q.reject(new Error(why));
      }
      this.dispatch();
    };
    worker.on("error", (e) => lost(`luồng vẽ PNG gặp lỗi: ${(e as Error).message}`));
    worker.on("exit", (code) => lost(`luồng vẽ PNG dừng đột ngột (mã thoát ${code})`));
    return slot;
  }

  private finish(slot: Slot): void {
    slot.current = undefined;
    slot.worker.unref();
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current) continue;
      const q = this.queue.shift();
      if (!q) break;
      this.queuedBytes -= q.bytes;
      slot.current = q;
      slot.worker.ref();
      // The SVG's bytes move to the worker rather than being copied.
      slot.worker.postMessage({ id: q.id, ...q.job }, "svg" in q.job ? [q.job.svg.buffer as ArrayBuffer] : []);
    }
    if (this.queuedBytes < QUEUE_BYTES) for (const wake of this.waitingForRoom.splice(0)) wake();
  }
}

/** Returns how many threads to draw with: `COTMOC_RASTER_WORKERS`, else the available parallelism. */
export function rasterWorkerCount(value = process.env.COTMOC_RASTER_WORKERS): number {
  if (value === undefined || value === "") return availableParallelism();
  if (!/^\d+$/.test(value.trim()))
    throw new Error(`COTMOC_RASTER_WORKERS phải là một số nguyên ≥ 0 (số luồng vẽ PNG), không phải "${value}".`);
  return Number(value);
}

/** The worker's module: beside this file in the source (only the integration, which is not bundled, starts a pool). */
export function rasterWorkerFile(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "rasterWorker.ts");
}

/** Returns the pool of the build running in this process, if it draws in workers. */
export function activeRasterPool(): RasterPool | undefined {
  return (globalThis as { [POOL]?: RasterPool })[POOL];
}

/**
 * Starts the build's pool (at `astro:build:start`) with `size` threads; none when `size` ≤ 1.
 * Returns the pool, or undefined when PNGs are drawn in Astro's thread.
 */
export function startRasterPool(size = rasterWorkerCount(), workerFile = rasterWorkerFile()): RasterPool | undefined {
  void stopRasterPool();
  if (size <= 1) return undefined;
  const pool = new RasterPool(size, workerFile);
  (globalThis as { [POOL]?: RasterPool })[POOL] = pool;
  return pool;
}

/** Stops the build's pool, if any, and forgets it. */
export async function stopRasterPool(): Promise<void> {
  const pool = activeRasterPool();
  delete (globalThis as { [POOL]?: RasterPool })[POOL];
  await pool?.stop();
}

/** Returns the promise of a build-cache file a worker is drawing, or undefined when it is not being drawn. */
export function pendingRaster(file: string): Promise<string> | undefined {
  return activeRasterPool()?.pending.get(file);
}
