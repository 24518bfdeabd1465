// Settings, workspace trust, the workspace .postwright.json and user templates: what the analysis
// of a document is configured with, and when that changes. Templates learned from
// postwright.templates.paths are learned in the background (lsp/templateLearning.ts): a reload
// never waits for them.
//
// Settings are per resource: `workspace/configuration` is asked with the document's uri as
// scopeUri (so each folder of a multi-root workspace keeps its own postwright.rules and
// postwright.profile), cached per uri and dropped on didChangeConfiguration. Window-level settings
// (postwright.templates.paths) come from the request without scopeUri.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import type { AnalysisOptions } from '../analysis.ts';
import { allProfiles } from '../profiles/index.ts';
import { MAX_CONFIG_BYTES, readSettings, readWorkspaceConfigFile, type WorkspaceConfig } from '../settings.ts';
import type { WorkspaceConfigTarget } from '../features/suppressActions.ts';
import { readRegularFile } from '../regularFile.ts';
import { templatePathsOf } from '../templates/loader.ts';
import { TemplateLearning, type LearningRequest } from './templateLearning.ts';
import type { Session } from './session.ts';

/** Never wait longer than this for the first settings (a client that never sends `initialized`). */
const SETTINGS_WAIT_MS = 2000;

/** `settings` as sent in didChangeConfiguration / initializationOptions: `{postwright: {...}}` or the section itself. */
export function sectionOf(settings: unknown): unknown {
  if (settings && typeof settings === 'object' && 'postwright' in settings) return (settings as { postwright: unknown }).postwright;
  return settings;
}

/** The settings of one resource: asked once, then cached until the configuration changes. */
interface ResourceSettings {
  ready: Promise<void>;
  options?: AnalysisOptions;
}

export class Configuration {
  trusted = false;
  folders: string[] = [];
  /** Settings pushed by clients that cannot answer workspace/configuration. */
  pushedSettings: unknown = undefined;
  private windowOptions: AnalysisOptions = {};
  private readonly resources = new Map<string, ResourceSettings>();
  /** Workspace folder URI → its .postwright.json (null when absent or unreadable). */
  private readonly workspaceConfigs = new Map<string, WorkspaceConfig | null>();
  /** Origin → the problems last reported from it (so each is shown once). */
  private readonly shownProblems = new Map<string, Set<string>>();
  /** The template folders last read from settings. */
  private templatePaths: string[] = [];
  /** Learns the writer's templates in the background and installs them in the session. */
  readonly learning: TemplateLearning;
  private reloadChain: Promise<void> = Promise.resolve();
  private refreshPending = false;
  private readonly firstLoad: Promise<void>;
  private firstLoadDone: () => void = () => undefined;

  constructor(private readonly session: Session) {
    this.firstLoad = new Promise<void>((resolve) => (this.firstLoadDone = resolve));
    this.learning = new TemplateLearning({
      info: (message) => session.log.info(message),
      error: (message, error) => session.log.error(message, error),
      whenIdle: () => session.diagnostics.whenIdle(),
      install: (templates, result) => {
        const changed = session.templates !== templates;
        session.templates = templates;
        if (result) this.reportProblems(result.problems, 'postwright.templates.paths');
        else this.shownProblems.delete('postwright.templates.paths');
        if (changed) session.diagnostics.refreshAll();
      },
    });
  }

  /** The first settings load finished (or gave up), bounded by SETTINGS_WAIT_MS. */
  whenReady(): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([this.firstLoad, new Promise((resolve) => (timer = setTimeout(resolve, SETTINGS_WAIT_MS)))]).finally(() => clearTimeout(timer));
  }

  markFirstLoadDone(): void {
    this.firstLoadDone();
  }

  /** Asks the client for the settings of `uri` unless known; resolves when they are. */
  settingsFor(uri: string): Promise<void> {
    if (!this.session.client.configurationPull) return Promise.resolve();
    const known = this.resources.get(uri);
    if (known) return known.ready;
    const record: ResourceSettings = { ready: Promise.resolve() };
    record.ready = this.fetchResource(uri, record);
    this.resources.set(uri, record);
    return record.ready;
  }

  private async fetchResource(uri: string, record: ResourceSettings): Promise<void> {
    let raw: unknown;
    try {
      raw = await this.session.connection.workspace.getConfiguration({ scopeUri: uri, section: 'postwright' });
    } catch (error) {
      this.session.log.error(`postwright: workspace/configuration for ${uri} failed; using the window settings`, error);
      return;
    }
    const result = this.read(raw);
    record.options = result.options;
    // Problems the window-level settings already reported are not repeated per folder.
    const windowProblems = this.shownProblems.get('settings') ?? new Set<string>();
    this.reportProblems(result.problems.filter((p) => !windowProblems.has(p)), `settings (${this.folderOf(uri) ?? uri})`);
  }

  /** The document closed: its settings are asked again when it reopens. */
  forget(uri: string): void {
    this.resources.delete(uri);
  }

  optionsFor(uri: string): AnalysisOptions {
    return { ...(this.resources.get(uri)?.options ?? this.windowOptions), workspace: this.workspaceConfigFor(uri), templates: this.session.templates };
  }

  private folderOf(uri: string): string | null {
    let best: string | null = null;
    for (const folder of this.folders) {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      if (uri.startsWith(prefix) && (best === null || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /**
   * The .postwright.json a code action may edit for a document: its folder's, with the file's
   * current text (null when absent). None in an untrusted workspace, outside a folder, in a virtual
   * folder, or when the file cannot be read as text.
   */
  async workspaceConfigTarget(uri: string, canCreate: boolean): Promise<WorkspaceConfigTarget | null> {
    const folder = this.trusted ? this.folderOf(uri) : null;
    if (!folder || !folder.startsWith('file:')) return null;
    let path: string;
    try {
      path = join(fileURLToPath(folder), '.postwright.json');
    } catch {
      return null;
    }
    const fileUri = pathToFileURL(path).href;
    const open = this.session.documents.get(fileUri);
    if (open) return { uri: fileUri, text: open.getText(), canCreate };
    const read = await readRegularFile(path, MAX_CONFIG_BYTES);
    if ('problem' in read) return read.problem === 'missing' ? { uri: fileUri, text: null, canCreate } : null;
    try {
      return { uri: fileUri, text: new TextDecoder('utf-8', { fatal: true }).decode(read.bytes), canCreate };
    } catch {
      return null;
    }
  }

  workspaceConfigFor(uri: string): WorkspaceConfig | null {
    let best: string | null = null;
    for (const folder of this.workspaceConfigs.keys()) {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      if (uri.startsWith(prefix) && (best === null || folder.length > best.length)) best = folder;
    }
    return best === null ? null : (this.workspaceConfigs.get(best) ?? null);
  }

  /** Every profile the workspace defines, from all folders. */
  workspaceProfiles(): NonNullable<WorkspaceConfig['profiles']> {
    return [...this.workspaceConfigs.values()].flatMap((c) => c?.profiles ?? []);
  }

  /**
   * Shows each settings problem once: a non-modal warning plus the log. A problem that persists over
   * reloads is not shown again; one that went away and comes back is. `origin` groups the problems
   * of one source ("settings", or the path of a .postwright.json).
   */
  private reportProblems(problems: readonly string[], origin: string): void {
    const previous = this.shownProblems.get(origin) ?? new Set<string>();
    this.shownProblems.set(origin, new Set(problems));
    const fresh = problems.filter((p) => !previous.has(p));
    if (fresh.length === 0) return;
    for (const p of fresh) this.session.log.warn(`postwright: ${origin}: ${p}`);
    const text = fresh.length === 1 ? fresh[0] : `${fresh.length} problems: ${fresh.join(' ')}`;
    // window/showMessage (a notification): a non-modal toast that waits for nobody. (The
    // connection.window.showWarningMessage helper sends window/showMessageRequest instead.)
    this.session.connection
      .sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Postwright: ${text}` })
      .catch((error: unknown) => this.session.log.error('postwright: showing a warning failed', error));
  }

  private read(raw: unknown): ReturnType<typeof readSettings> {
    try {
      return readSettings(raw ?? {});
    } catch (error) {
      this.session.log.error('postwright: reading settings failed; using defaults', error);
      return { options: {}, problems: ['the settings could not be read; defaults are used'] };
    }
  }

  private async loadWindowSettings(): Promise<void> {
    let raw: unknown = this.pushedSettings;
    if (this.session.client.configurationPull) {
      try {
        raw = await this.session.connection.workspace.getConfiguration({ section: 'postwright' });
      } catch (error) {
        this.session.log.error('postwright: workspace/configuration failed; using defaults', error);
        raw = this.pushedSettings;
      }
    }
    const result = this.read(raw);
    this.windowOptions = result.options;
    this.reportProblems(result.problems, 'settings');
    this.templatePaths = templatePathsOf(raw);
  }

  private async loadWorkspaceConfigs(): Promise<void> {
    this.workspaceConfigs.clear();
    // Workspace files are read only in a workspace the client declares trusted, and only from a
    // folder on disk (never in virtual workspaces). Nothing is ever written.
    if (!this.trusted) return;
    for (const folder of this.folders) {
      if (!folder.startsWith('file:')) continue;
      let path: string;
      try {
        path = join(fileURLToPath(folder), '.postwright.json');
      } catch {
        continue;
      }
      let read: Awaited<ReturnType<typeof readWorkspaceConfigFile>>;
      try {
        read = await readWorkspaceConfigFile(path);
      } catch (error) {
        this.session.log.error(`postwright: reading ${path} failed`, error);
        continue;
      }
      if (!read) {
        this.shownProblems.delete(path);
        continue;
      }
      this.workspaceConfigs.set(folder, read.config);
      this.reportProblems(read.problems, path);
    }
  }

  /** What templates are learned from now: the configured folders, only in a trusted workspace; else null. */
  private learningRequest(): LearningRequest | null {
    if (!this.trusted || this.templatePaths.length === 0) return null;
    const baseDirs = this.folders
      .filter((f) => f.startsWith('file:'))
      .flatMap((f) => {
        try {
          return [fileURLToPath(f)];
        } catch {
          return [];
        }
      });
    return { paths: this.templatePaths, baseDirs, profiles: allProfiles(this.workspaceProfiles()) };
  }

  /** Reloads settings (and, when asked, workspace configs), then refreshes diagnostics; coalesced. */
  reload(what: { settings?: boolean; workspace?: boolean }): Promise<void> {
    const todo = { settings: !!what.settings, workspace: !!what.workspace };
    if (todo.settings) this.resources.clear();
    this.reloadChain = this.reloadChain
      .then(async () => {
        if (todo.settings) await this.loadWindowSettings();
        if (todo.workspace) await this.loadWorkspaceConfigs();
        if (!this.refreshPending) {
          this.refreshPending = true;
          queueMicrotask(() => {
            this.refreshPending = false;
            this.session.diagnostics.refreshAll();
          });
        }
        // Started, not awaited: the diagnostics above go out first, with the templates in use now.
        void this.learning.sync(this.learningRequest());
      })
      .catch((error: unknown) => this.session.log.error('postwright: reloading settings failed', error));
    return this.reloadChain;
  }
}
