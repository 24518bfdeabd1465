// When diagnostics are computed: pulled (the client decides when) or pushed after document events
// (coalesced), chosen in `initialize` — never both.
import type { Session } from './session.ts';

// A keystroke is answered at once when the document's last analysis was quick: a zero-delay timer
// still lets a burst of queued didChange messages coalesce into one push. A document whose analysis
// takes longer than a frame waits half as long as its last analysis took (at most
// PUSH_DELAY_MAX_MS), so while someone types the server uses at most about two thirds of a core
// for that document and a keystroke that follows within the wait costs no analysis of its own. The
// delay follows the measured time, not the size: a large but quick document is answered at once.
// The time measured is the CPU time the analysis used (process.cpuUsage), not the wall-clock time:
// on a busy machine the wall clock also counts the time the server waited for a core, and a delay
// grown from that waiting only added to the writer's wait without saving any of the server's work.
// The wait is only for a writer who outpaces the analysis: a change that comes at least
// 1 / MAX_TYPING_SHARE analyses after the document's previous change (a typist at a usual pace, a
// pause) keeps the share of a core within the same bound without waiting, so it is answered at
// once. The analysis that answers the document's opening is not measured: it parses and runs every
// rule on the whole text with nothing kept yet, which says nothing of what an edit costs.
const QUICK_ANALYSIS_MS = 16;
const DELAY_PER_ANALYSIS_MS = 0.5;
const PUSH_DELAY_MAX_MS = 150;
/** The share of a core the analyses of one document may take while someone types. */
const MAX_TYPING_SHARE = 2 / 3;

/**
 * The push delay after a change, from how long the document's last analysis took (CPU ms) and how
 * long ago (ms) its previous change came (undefined: none since it was opened).
 */
export function pushDelay(lastAnalysisMs: number | undefined, sincePreviousChangeMs?: number): number {
  if (lastAnalysisMs === undefined || !(lastAnalysisMs > QUICK_ANALYSIS_MS)) return 0;
  if (sincePreviousChangeMs !== undefined && sincePreviousChangeMs * MAX_TYPING_SHARE >= lastAnalysisMs) return 0;
  return Math.min(PUSH_DELAY_MAX_MS, Math.round(DELAY_PER_ANALYSIS_MS * lastAnalysisMs));
}

/** CPU time (user + system, ms) the process has used since `start` (a process.cpuUsage() reading). */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

export class DiagnosticScheduler {
  private readonly pushTimers = new Map<string, NodeJS.Timeout>();
  private readonly justOpened = new Set<string>();
  /** CPU milliseconds the last analysis of each open document took (measured when a push computed it). */
  private readonly analysisMs = new Map<string, number>();
  /** When (performance.now()) each open document last changed. */
  private readonly changedAt = new Map<string, number>();
  /** Documents whose next analysis answers their opening (not measured, see above). */
  private readonly opening = new Set<string>();
  /** Pushes between their timer firing and their diagnostics sent. */
  private pushing = 0;
  /** Background work waiting until no push is pending (template learning). */
  private readonly idleWaiters: Array<() => void> = [];

  constructor(private readonly session: Session) {}

  /** Installs the document event handlers that drive push diagnostics. */
  register(): void {
    const { documents } = this.session;
    documents.onDidOpen(
      this.session.notification('didOpen', (event) => {
        if (this.session.accepts(event.document)) this.justOpened.add(event.document.uri);
      }),
    );
    documents.onDidChangeContent(
      this.session.notification('didChange', (event) => {
        const doc = event.document;
        if (!this.session.accepts(doc)) return;
        const now = performance.now();
        const previous = this.changedAt.get(doc.uri);
        this.changedAt.set(doc.uri, now);
        let delay = 0;
        if (this.justOpened.delete(doc.uri)) this.opening.add(doc.uri);
        else delay = pushDelay(this.analysisMs.get(doc.uri), previous === undefined ? undefined : now - previous);
        if (!this.session.client.pullDiagnostics) this.schedule(doc.uri, delay);
      }),
    );
    documents.onDidClose(
      this.session.notification('didClose', (event) => {
        const uri = event.document.uri;
        this.justOpened.delete(uri);
        this.analysisMs.delete(uri);
        this.changedAt.delete(uri);
        this.opening.delete(uri);
        this.session.cache.delete(uri);
        this.session.editing.delete(uri);
        this.session.config.forget(uri);
        this.cancel(uri);
        if (!this.session.client.pullDiagnostics && this.session.accepts(event.document)) {
          this.session.connection
            .sendDiagnostics({ uri, diagnostics: [] })
            .catch((error: unknown) => this.session.log.error('postwright: clearing diagnostics failed', error));
        }
      }),
    );
  }

  private cancel(uri: string): void {
    const pending = this.pushTimers.get(uri);
    if (pending) clearTimeout(pending);
    this.pushTimers.delete(uri);
    this.wakeIdleWaiters();
  }

  /**
   * Resolves when no push is scheduled or running: background work waits for this between its
   * steps, so the diagnostics a writer waits for always go first.
   */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.pushTimers.size === 0 && this.pushing === 0;
  }

  private wakeIdleWaiters(): void {
    if (this.isIdle()) for (const wake of this.idleWaiters.splice(0)) wake();
  }

  /** (Re)starts the push timer of `uri`: a newer event supersedes work not yet started. */
  schedule(uri: string, delay: number): void {
    this.cancel(uri);
    this.pushTimers.set(
      uri,
      setTimeout(() => {
        this.pushTimers.delete(uri);
        void this.pushNow(uri);
      }, delay),
    );
  }

  private async pushNow(uri: string): Promise<void> {
    const { session } = this;
    this.pushing++;
    try {
      await session.config.whenReady();
      const ready = await session.readyDocumentOf({ textDocument: { uri } });
      if (!ready) return;
      // Only a push that analyses (nothing cached for this version yet) measures the analysis time.
      const analyses = session.cache.peek(uri, ready.version) === undefined;
      const started = process.cpuUsage();
      const diagnostics = session.diagnosticsOf(ready) ?? [];
      const answersOpening = this.opening.delete(uri);
      if (analyses && !answersOpening && session.documents.get(uri)) this.analysisMs.set(uri, cpuMsSince(started));
      // The document may have changed or closed meanwhile; a newer push is then already scheduled.
      if (session.documents.get(uri)?.version !== ready.version) return;
      await session.connection.sendDiagnostics({ uri, version: ready.version, diagnostics });
    } catch (error) {
      session.log.error(`postwright: publishing diagnostics for ${uri} failed`, error);
    } finally {
      this.pushing--;
      this.wakeIdleWaiters();
    }
  }

  /** Settings or workspace config changed: drop cached analyses and have diagnostics recomputed. */
  refreshAll(): void {
    const { session } = this;
    session.cache.invalidateAll();
    if (session.client.pullDiagnostics) {
      if (session.client.diagnosticRefresh) {
        session.connection.languages.diagnostics.refresh().catch((error: unknown) => session.log.error('postwright: diagnostic refresh failed', error));
      }
    } else {
      for (const doc of session.documents.all()) if (session.accepts(doc)) this.schedule(doc.uri, 0);
    }
  }

  dispose(): void {
    for (const timer of this.pushTimers.values()) clearTimeout(timer);
    this.pushTimers.clear();
    this.analysisMs.clear();
    this.changedAt.clear();
    this.opening.clear();
    for (const wake of this.idleWaiters.splice(0)) wake();
  }
}
