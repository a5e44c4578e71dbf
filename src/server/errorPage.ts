/** The HTML page for a refused or failed page request: what was wrong, and a way back. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Not found' : status === 400 ? 'Bad request' : 'Server error';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>corridor · ${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}h1{font-size:1.4rem}p.message{background:#fff3f0;border-left:4px solid #c0392b;padding:.75rem 1rem}</style>
</head><body><main role="alert"><h1>${title} (${status})</h1><p class="message" id="error-message">${escapeHtml(message)}</p>
<p><a href="/">Back to the list of runs</a></p></main></body></html>
`;
}
