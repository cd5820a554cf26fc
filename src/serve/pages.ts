// **pages** — the small HTML answers of the server itself (404, 405, 406, 400), plain and valid,
// in the site's stylesheet when there is one, so that a reader who lands there can find the way back.

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `root` is the relative path from the request to the site root (e.g. "../"). */
export function messagePage(title: string, message: string, root: string, links: { href: string; text: string }[] = []): string {
  const list = links.length ? `\n<ul>\n${links.map((l) => `<li><a href="${escape(l.href)}">${escape(l.text)}</a></li>`).join('\n')}\n</ul>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="stylesheet" href="${escape(root)}style.css">
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(message)}</p>${list}
<p><a href="${escape(root) || './'}">The dataset's index</a></p>
</main>
</body>
</html>
`;
}
