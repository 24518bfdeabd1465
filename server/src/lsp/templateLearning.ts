// Learning templates from the writer's own past postings (postwright.templates.paths) in the
// background. Nothing waits for it: the first diagnostics go out with the built-in library, and a
// run starts only when no diagnostics wait to be published, then reads one file per turn of the
// event loop (waiting again whenever a push is pending), so keystrokes are served meanwhile. A
// change of the folders, the workspace folders, trust or the workspace's profiles aborts the run
// in progress and starts a new one; only the newest run may install its library, so an old run
// that finishes late never overwrites a newer one. When a run installs a library, the host has
// the open postings analysed again (their completions and fixes then offer the learned templates).
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Profile } from '../profiles/types.ts';
import { BUILTIN_TEMPLATES, Templates } from '../templates/index.ts';
import { loadTemplateFolders, type LoadOptions, type LoadResult } from '../templates/loader.ts';

/** What to learn from: the folders as written in the settings, the folders they resolve against, the profiles to sort postings by. */
export interface LearningRequest {
  paths: readonly string[];
  baseDirs: readonly string[];
  profiles: readonly Profile[];
}

export interface LearningHost {
  info(message: string): void;
  error(message: string, error: unknown): void;
  /** Resolves when learning may go on (the server: no diagnostics are waiting to be published). */
  whenIdle(): Promise<void>;
  /** The newest run finished (or learning was switched off, `result` null): use `templates` from now on. */
  install(templates: Templates, result: LoadResult | null): void;
}

type Loader = (paths: readonly string[], baseDirs: readonly string[], profiles: readonly Profile[], options: LoadOptions) => Promise<LoadResult>;

interface Run {
  id: number;
  controller: AbortController;
  done: Promise<void>;
}

export class TemplateLearning {
  /** What the newest run learns from ('' when learning is off). */
  private key = '';
  private current: Run | null = null;
  private runs = 0;

  constructor(
    private readonly host: LearningHost,
    private readonly load: Loader = loadTemplateFolders,
  ) {}

  /**
   * Learns from `request` unless the newest run already does; null switches learning off (the
   * built-in library alone). Returns when that run is over (callers need not wait).
   */
  sync(request: LearningRequest | null): Promise<void> {
    const key = request && request.paths.length ? JSON.stringify([request.paths, request.baseDirs, request.profiles.map((p) => p.id)]) : '';
    if (key === this.key) return this.current?.done ?? Promise.resolve();
    this.key = key;
    this.current?.controller.abort();
    this.current = null;
    if (!request || !key) {
      this.host.install(BUILTIN_TEMPLATES, null);
      return Promise.resolve();
    }
    const run: Run = { id: ++this.runs, controller: new AbortController(), done: Promise.resolve() };
    this.current = run;
    this.host.info(`postwright: templates will be learned from postwright.templates.paths in the background (run ${run.id})`);
    run.done = this.learn(run, request).catch((error: unknown) => this.host.error('postwright: learning templates failed', error));
    return run.done;
  }

  /** Stops the run in progress (the session ends). */
  dispose(): void {
    this.current?.controller.abort();
    this.current = null;
    this.key = '';
  }

  private async learn(run: Run, request: LearningRequest): Promise<void> {
    const { signal } = run.controller;
    // One turn first: the refresh a reload queues has then scheduled its pushes, which go out first.
    await yieldToEventLoop();
    await this.host.whenIdle();
    if (signal.aborted) return this.superseded(run);
    this.host.info(`postwright: learning templates (run ${run.id}) from ${request.paths.length} folder(s) in postwright.templates.paths`);
    const result = await this.load(request.paths, request.baseDirs, request.profiles, { signal, pause: () => this.host.whenIdle() });
    if (result.cancelled || signal.aborted || this.current !== run) return this.superseded(run);
    this.host.info(`postwright: learned templates (run ${run.id}) from ${result.files} posting(s) in postwright.templates.paths`);
    this.host.install(result.library ? new Templates(result.library) : BUILTIN_TEMPLATES, result);
  }

  private superseded(run: Run): void {
    this.host.info(`postwright: template learning (run ${run.id}) cancelled: the settings changed`);
  }
}
