// Which documents the language client hands to the server. By language only, with no scheme: a
// posting is checked wherever it lives: on disk, untitled, or in a virtual workspace (vscode-vfs,
// a remote file system provider). The server never reads these documents from disk, only from the
// editor's buffer, which is what makes the "virtualWorkspaces" claim in package.json true
// (test/unit/manifest-virtual.test.ts holds the two together). No value imports: the unit tests
// load this module outside VS Code.
import type { DocumentSelector } from 'vscode-languageclient';

export const POSTING_LANGUAGE_ID = 'job-posting';

export const POSTING_DOCUMENT_SELECTOR: DocumentSelector = [{ language: POSTING_LANGUAGE_ID }];
