/** Text for HTML (element content or a quoted attribute): the five characters that could end or open markup, as entities. */
export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** i18next's `{{name}}` placeholders filled in, each value through `esc` (the texts' own words are not). */
export const fill = (s: string, params: Record<string, string>, esc: (v: string) => string) =>
  s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => esc(params[k] ?? ''));
