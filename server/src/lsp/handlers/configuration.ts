// Notifications that change what documents are analysed with: settings, the workspace
// .postwright.json, workspace trust and workspace folders.
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import { TrustNotification, type TrustParams } from '../../protocol.ts';
import { sectionOf } from '../configuration.ts';
import type { Session } from '../session.ts';

export function registerConfigurationHandlers(session: Session): void {
  const { connection, config } = session;
  connection.onDidChangeConfiguration(
    session.notification('didChangeConfiguration', (params) => {
      if (!session.client.configurationPull) config.pushedSettings = sectionOf(params?.settings);
      return config.reload({ settings: true });
    }),
  );
  connection.onDidChangeWatchedFiles(
    session.notification('didChangeWatchedFiles', (params) => {
      const changes = Array.isArray(params?.changes) ? params.changes : [];
      if (changes.some((c) => typeof c?.uri === 'string' && /(^|[\\/])\.postwright\.json$/.test(c.uri))) {
        return config.reload({ workspace: true });
      }
      return undefined;
    }),
  );
  connection.onNotification(
    TrustNotification.method,
    session.notification<TrustParams>(TrustNotification.method, (params) => {
      const next = params?.trusted === true;
      if (next === config.trusted) return undefined;
      config.trusted = next;
      session.log.info(`postwright: workspace is ${config.trusted ? 'trusted' : 'not trusted'}`);
      return config.reload({ workspace: true });
    }),
  );
}

/** After `initialized`: dynamic registrations the client supports, then the first settings load. */
export async function startConfiguration(session: Session): Promise<void> {
  const { connection, client, config, log } = session;
  if (client.configurationPull && client.configurationDynamic) {
    connection.client
      .register(DidChangeConfigurationNotification.type, { section: 'postwright' })
      .catch((error: unknown) => log.error('postwright: registering for configuration changes failed', error));
  }
  if (client.watchedFilesDynamic) {
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.postwright.json' }] })
      .catch((error: unknown) => log.error('postwright: registering the .postwright.json watcher failed', error));
  }
  if (client.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(
      session.notification('didChangeWorkspaceFolders', (event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        config.folders = config.folders.filter((f) => !removed.has(f)).concat(event.added.map((f) => f.uri));
        return config.reload({ settings: true, workspace: true });
      }),
    );
  }
  try {
    await config.reload({ settings: true, workspace: true });
  } finally {
    config.markFirstLoadDone();
  }
}
