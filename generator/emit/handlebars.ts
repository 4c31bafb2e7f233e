import Handlebars from 'handlebars';

/**
 * Chart templates are Helm templates first: `{{ … }}` in them is always Helm's and
 * passes through untouched. The generator's own Handlebars expressions use the
 * distinct delimiters `[% … %]` (e.g. `[% chart %].fullname`, `[% #each components %]`).
 *
 * Mechanism: every `{{` in the source is escaped to `\{{` (Handlebars' own inline
 * escape, which emits the mustache literally), then `[%`/`%]` become `{{`/`}}`.
 */
export function compileChartTemplate(source: string, name: string): Handlebars.TemplateDelegate {
  const escapedHelm = source.replace(/\{\{/g, '\\{{');
  const handlebarsSource = escapedHelm.replace(/\[%\s*/g, '{{').replace(/\s*%\]/g, '}}');
  try {
    return Handlebars.compile(handlebarsSource, { noEscape: true, strict: true, preventIndent: true });
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
}

export function renderChartTemplate(source: string, name: string, data: object): string {
  try {
    return compileChartTemplate(source, name)(data);
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
}
