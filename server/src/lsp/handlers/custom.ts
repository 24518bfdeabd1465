// Postwright's own requests (declared in server/src/protocol.ts): templates for the client's
// "New Posting from Template" / "Insert Section…", and the export and report for its commands,
// webview and status bar.
//
// Adding a custom request: declare it in server/src/protocol.ts (RequestType with its params and
// result), then register it here with `handle(session, TheRequest, fallback, handler)`.
import type { RequestType } from 'vscode-jsonrpc';
import type { Analysis } from '../../analysis.ts';
import { EXPORT_FORMATS, exportPosting, type ExportFormat } from '../../export/index.ts';
import { expandSnippet } from '../../facts/snippet.ts';
import type { SectionKind } from '../../model/posting.ts';
import { allProfiles, findProfile } from '../../profiles/index.ts';
import { CheckPostingRequest, ExportRequest, ReportRequest, SectionInsertRequest, SectionsRequest, SkeletonRequest, TemplatesRequest } from '../../protocol.ts';
import { buildReport } from '../../report/model.ts';
import { familyChoices, roleFamilyOf } from '../../templates/index.ts';
import { sectionChoices, sectionInsertion } from '../../features/sectionInsert.ts';
import { localToday } from '../../templates/render.ts';
import type { Session } from '../session.ts';

/**
 * Registers a typed request handler, guarded like every other. The connection is given the method
 * name rather than the RequestType object: the client and the server link different
 * vscode-jsonrpc versions, whose RequestType classes TypeScript treats as distinct; params and
 * result stay typed by `type`.
 */
export function handle<P, R>(session: Session, type: RequestType<P, R, void>, fallback: R, handler: (params: P) => R | Promise<R>): void {
  session.connection.onRequest(type.method, session.request<P, R>(type.method, fallback, handler));
}

export function registerCustomRequests(session: Session): void {
  const { config } = session;
  const analysisAt = async (uri: unknown): Promise<Analysis | null> => {
    const doc = await session.readyDocumentOf({ textDocument: { uri } });
    return doc ? (session.entryFor(doc).analysis ?? null) : null;
  };

  handle(session, TemplatesRequest, { profiles: [], families: [] }, async (params) => {
    const doc = params?.textDocument ? await session.readyDocumentOf(params) : null;
    const profiles = allProfiles(doc ? (config.workspaceConfigFor(doc.uri)?.profiles ?? []) : []);
    const analysis = doc ? session.entryFor(doc).analysis : null;
    const detected = analysis?.profile.id;
    const family = analysis ? roleFamilyOf(analysis.posting.title?.text).family : null;
    const ordered = detected ? [...profiles.filter((p) => p.id === detected), ...profiles.filter((p) => p.id !== detected)] : profiles;
    return {
      profiles: ordered.map((p) => ({ id: p.id, name: p.name })),
      families: familyChoices(session.templates.families, family),
      family,
    };
  });

  handle(session, SkeletonRequest, null, (params) => {
    const profiles = allProfiles(config.workspaceProfiles());
    const profile = findProfile(typeof params?.profile === 'string' ? params.profile : 'generic', profiles) ?? findProfile('generic', profiles);
    if (!profile) return null;
    const snippet = session.templates.skeletonFor(profile, typeof params?.family === 'string' ? params.family : null, { today: localToday() });
    return { snippet, text: expandSnippet(snippet) };
  });

  handle(session, SectionsRequest, null, async (params) => {
    const analysis = await analysisAt(params?.textDocument?.uri);
    return analysis ? { profile: analysis.profile.id, items: sectionChoices(analysis) } : null;
  });

  handle(session, SectionInsertRequest, null, async (params) => {
    const analysis = await analysisAt(params?.textDocument?.uri);
    if (!analysis || typeof params?.kind !== 'string') return null;
    if (!sectionChoices(analysis).some((c) => c.kind === params.kind)) return null;
    return sectionInsertion(analysis, params.kind as SectionKind, localToday());
  });

  handle(session, CheckPostingRequest, null, async (params) => {
    if (typeof params?.uri !== 'string' || typeof params.text !== 'string') return null;
    await config.whenReady();
    return { diagnostics: await session.diagnosticsOfText(params.uri, params.text) };
  });

  handle(session, ExportRequest, null, async (params) => {
    await config.whenReady();
    const analysis = await analysisAt(params?.uri);
    if (!analysis) return null;
    const format: ExportFormat = (EXPORT_FORMATS as readonly unknown[]).includes(params?.format) ? (params.format as ExportFormat) : 'jsonld';
    return exportPosting(analysis, format);
  });

  handle(session, ReportRequest, null, async (params) => {
    await config.whenReady();
    const analysis = await analysisAt(params?.uri);
    const doc = session.documentAt(params?.uri);
    if (!doc || !analysis) return null;
    return { ...buildReport(analysis), uri: doc.uri, version: doc.version };
  });
}
