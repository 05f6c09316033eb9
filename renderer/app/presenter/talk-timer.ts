/** A talk's stopwatch: runs from the first slide, pauses for questions, resets. Time comes from `now`. */
export class TalkTimer {
  private startedAt: number | null = null
  private banked = 0

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Milliseconds of talk so far, pauses excluded. */
  elapsed(): number {
    return this.banked + (this.startedAt === null ? 0 : this.now() - this.startedAt)
  }

  get running(): boolean {
    return this.startedAt !== null
  }

  start(): void {
    if (this.startedAt === null) this.startedAt = this.now()
  }

  pause(): void {
    if (this.startedAt === null) return
    this.banked += this.now() - this.startedAt
    this.startedAt = null
  }

  toggle(): void {
    if (this.running) this.pause()
    else this.start()
  }

  reset(): void {
    this.banked = 0
    this.startedAt = null
  }
}
