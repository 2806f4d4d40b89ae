// Diagnostic locations as SARIF physical locations: repository-relative paths become URI references against
// `%SRCROOT%` (never absolute, so the log is the same on every machine), regions are copied as they are.

import type { ArtifactLocation, Location, PhysicalLocation, Region } from 'sarif';
import type { Location as DiagnosticLocation, RelatedLocation } from '../api/diagnostic.js';

/** The base every artifact URI is relative to: the working directory podgate ran in (the repository root). */
export const SRCROOT = '%SRCROOT%';

/** The path discover.ts gives standard input (`podgate -`); not imported, to keep renderers free of fs code. */
const STDIN_PATH = '<stdin>';

/**
 * A file as a SARIF artifact location. Each path segment is percent-encoded, so spaces, `#`, `%`, `:` and
 * non-ASCII names make valid URI references; `..` segments (files outside the working directory) stay
 * relative to `%SRCROOT%`, as the other formats print them. Standard input has no file under the source
 * root, so it gets no `uriBaseId`; its URI is the name the other formats print, encoded (`%3Cstdin%3E`): a
 * valid relative reference that names no plausible repository file (`stdin` could be one).
 */
export function toArtifactLocation(file: string): ArtifactLocation {
  const uri = file.split('/').map(encodeURIComponent).join('/');
  if (file === STDIN_PATH) return { uri, description: { text: 'Standard input' } };
  return { uri, uriBaseId: SRCROOT };
}

/** The region as SARIF has it: 1-based lines and columns, `endColumn` exclusive, UTF-16 code units. */
export function toRegion(location: DiagnosticLocation): Region {
  return { startLine: location.startLine, startColumn: location.startColumn, endLine: location.endLine, endColumn: location.endColumn };
}

export function toPhysicalLocation(location: DiagnosticLocation): PhysicalLocation {
  return { artifactLocation: toArtifactLocation(location.file), region: toRegion(location) };
}

/**
 * `relatedLocations`: the policies tried, the binding and role that made one usable. Entries without a
 * location (built-in objects) are left out: a SARIF related location must point somewhere. Ids are 1-based
 * positions in the diagnostic's `related` list, so they stay the same whichever entries are left out.
 */
export function toRelatedLocations(related: readonly RelatedLocation[]): Location[] {
  const locations: Location[] = [];
  related.forEach((entry, index) => {
    if (entry.location) locations.push({ id: index + 1, physicalLocation: toPhysicalLocation(entry.location), message: { text: entry.message } });
  });
  return locations;
}

/**
 * The result message with an embedded link (`[text](id)`, SARIF §3.11.6) to each related location appended:
 * GitHub code scanning shows related locations only where the message links them. Brackets and backslashes
 * in link text are escaped, as the spec requires; elsewhere in the message they stay as they are.
 */
export function withRelatedLinks(message: string, related: readonly Location[]): string {
  if (related.length === 0) return message;
  const links = related.map((location) => `[${(location.message?.text ?? '').replace(/[\\[\]]/g, '\\$&')}](${location.id})`);
  return `${message}${message.endsWith('.') ? '' : '.'} Related: ${links.join(', ')}.`;
}
