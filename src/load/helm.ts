// Helm attribution: `helm template` prints `# Source: <chart>/templates/<file>` before each rendered document.
// Findings located in such a document keep their place in the rendered text (a real line of a real input)
// and gain a related location naming the template and the line inside that template's rendered document.

import type { Diagnostic, Location, RelatedLocation } from '../api/diagnostic.js';

/** One rendered template in a stream: from its `# Source:` comment to the next one (or the end). */
export interface TemplateSection {
  /** The path Helm prints: `<chart name>/templates/x.yaml` (subcharts: `<chart>/charts/<sub>/templates/…`). */
  template: string;
  /** 1-based line of the `# Source:` comment. */
  commentLine: number;
  /** 1-based last line of the section. */
  endLine: number;
}

/** Where a line of a rendered stream came from. */
export interface TemplateOrigin {
  template: string;
  /** The line inside the template's rendered document (1 = the line after `# Source:`), not in the template. */
  line: number;
  /** The `# Source:` comment, in the rendered stream. */
  comment: Location;
}

const SOURCE_COMMENT = /^# Source: (.+?)\s*$/;

/** The `# Source:` sections of a text, in order; none for text that is not Helm output. */
export function templateSections(text: string): TemplateSection[] {
  if (!text.includes('# Source: ')) return [];
  const sections: TemplateSection[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const match = SOURCE_COMMENT.exec(line.replace(/\r$/, ''));
    if (match === null) return;
    const previous = sections[sections.length - 1];
    if (previous) previous.endLine = i;
    sections.push({ template: match[1] ?? '', commentLine: i + 1, endLine: lines.length });
  });
  return sections;
}

/** The template a line of the rendered stream `file` belongs to, if any. */
export function templateOriginAt(file: string, sections: readonly TemplateSection[], line: number): TemplateOrigin | undefined {
  const section = sections.find((entry) => line > entry.commentLine && line <= entry.endLine);
  if (section === undefined) return undefined;
  const width = `# Source: ${section.template}`.length;
  return {
    template: section.template,
    line: line - section.commentLine,
    comment: { file, startLine: section.commentLine, startColumn: 1, endLine: section.commentLine, endColumn: width + 1 },
  };
}

/** How a rendered stream was produced: a chart or kustomization directory podgate rendered itself. */
export interface RenderedSource {
  /** The command, for messages: `helm template release-name charts/web`. */
  command: string;
  /** For Helm: the chart directory (repository-relative), to name a template's file on disk. */
  chartDirectory?: string;
}

/** The template's file in the repository, for a chart podgate rendered: `<chart dir>/templates/x.yaml`. */
export function templateFile(template: string, chartDirectory: string): string {
  const rest = template.split('/').slice(1).join('/');
  return chartDirectory === '.' ? rest : `${chartDirectory}/${rest}`;
}

/**
 * Adds a related location to every diagnostic located in a rendered document: which template it came from
 * (`# Source:`) and which line of that template's rendered document its line is; and for streams podgate
 * rendered itself, the command that produced them. Diagnostics elsewhere are returned unchanged.
 */
export function attributeRenderedSources(
  diagnostics: readonly Diagnostic[],
  texts: ReadonlyMap<string, string>,
  rendered: ReadonlyMap<string, RenderedSource> = new Map(),
): Diagnostic[] {
  const sectionsByFile = new Map<string, TemplateSection[]>();
  const sectionsOf = (file: string): TemplateSection[] => {
    let sections = sectionsByFile.get(file);
    if (sections === undefined) {
      sections = templateSections(texts.get(file) ?? '');
      sectionsByFile.set(file, sections);
    }
    return sections;
  };
  return diagnostics.map((diagnostic) => {
    const { file, startLine } = diagnostic.location;
    const render = rendered.get(file);
    const origin = templateOriginAt(file, sectionsOf(file), startLine);
    if (origin === undefined && render === undefined) return diagnostic;
    return { ...diagnostic, related: [...diagnostic.related, originNote(diagnostic.location, origin, render)] };
  });
}

function originNote(location: Location, origin: TemplateOrigin | undefined, render: RenderedSource | undefined): RelatedLocation {
  const output = render ? `line ${location.startLine} of \`${render.command}\` output` : `line ${location.startLine}`;
  if (origin === undefined) return { message: `Rendered: ${output} (not a line of a file in the repository)` };
  const onDisk = render?.chartDirectory !== undefined ? ` (${templateFile(origin.template, render.chartDirectory)})` : '';
  return {
    message: `Rendered from Helm template ${origin.template}${onDisk}: ${output} is line ${origin.line} of that template's rendered document, not of the template source`,
    location: origin.comment,
  };
}
