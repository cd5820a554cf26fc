// Test helper: fills a template as a historian does: uncomments the fields wanted (removing "# " from
// their lines, as an editor's toggle-comment does) and replaces each <…> placeholder there by a value.
export function fillTemplate(text: string, uncomment: string[], values: Record<string, string | string[]>): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const field = /^# (\w+):$/.exec(lines[i]!)?.[1];
    if (!field || !uncomment.includes(field)) continue;
    for (let j = i; j < lines.length && lines[j]!.startsWith('# '); j++) lines[j] = lines[j]!.slice(2);
  }
  const queues = new Map(Object.entries(values).map(([k, v]) => [k, [v].flat()]));
  return lines.map((line) => {
    if (line.startsWith('#')) return line;
    return line.replace(/<([^<>]+)>/g, (whole, name: string) => {
      const queue = queues.get(name);
      if (!queue?.length) throw new Error(`no value for the placeholder ${whole} in: ${line}`);
      return queue.length > 1 ? queue.shift()! : queue[0]!;
    });
  }).join('\n');
}
