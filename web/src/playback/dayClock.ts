/**
 * The day shown, and playing through the days: each animation frame moves on by the elapsed time
 * times the speed, but only to a day whose data is loaded (otherwise it waits for it).
 */
export type DayListener = (day: number) => void;

export class DayClock {
  private current: number;
  private playingSince: { time: number; day: number } | undefined;
  private frame = 0;
  private readonly listeners = new Set<DayListener>();
  private readonly playListeners = new Set<(playing: boolean) => void>();

  constructor(
    readonly days: number,
    start: number,
    private readonly ready: (day: number) => boolean,
    private readonly request: (day: number) => void,
    public daysPerSecond = 12,
  ) {
    this.current = Math.min(Math.max(0, start), days - 1);
  }

  get day(): number {
    return this.current;
  }

  get playing(): boolean {
    return this.playingSince !== undefined;
  }

  onDay(f: DayListener): () => void {
    this.listeners.add(f);
    return () => this.listeners.delete(f);
  }

  onPlaying(f: (playing: boolean) => void): () => void {
    this.playListeners.add(f);
    return () => this.playListeners.delete(f);
  }

  set(day: number): void {
    const d = Math.min(Math.max(0, Math.round(day)), this.days - 1);
    if (d === this.current) return;
    this.current = d;
    this.request(d); // loads the day if needed, and the days ahead of it
    for (const f of this.listeners) f(d);
  }

  play(): void {
    if (this.playing) return;
    if (this.current >= this.days - 1) this.set(0);
    this.playingSince = { time: performance.now(), day: this.current };
    for (const f of this.playListeners) f(true);
    this.frame = requestAnimationFrame(this.tick);
  }

  pause(): void {
    if (!this.playing) return;
    this.playingSince = undefined;
    cancelAnimationFrame(this.frame);
    for (const f of this.playListeners) f(false);
  }

  private readonly tick = (now: number): void => {
    const since = this.playingSince;
    if (since === undefined) return;
    const target = Math.min(this.days - 1, since.day + Math.floor(((now - since.time) / 1000) * this.daysPerSecond));
    if (target !== this.current) {
      if (this.ready(target)) this.set(target);
      else {
        this.request(target);
        this.playingSince = { time: now, day: this.current }; // wait here until it is loaded
      }
    }
    if (this.current >= this.days - 1) {
      this.pause();
      return;
    }
    this.frame = requestAnimationFrame(this.tick);
  };
}
